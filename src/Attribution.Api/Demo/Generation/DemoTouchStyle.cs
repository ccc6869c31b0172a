namespace Attribution.Api.Demo.Generation;

/// <summary>The raw source, medium and campaign a touch of a channel on a platform carries (sources repeat to weight them).</summary>
internal sealed record DemoTouchStyle(IReadOnlyList<string> Sources, string Medium, IReadOnlyList<string> Campaigns)
{
    /// <summary>
    /// The styles, chosen so that GA4's default channel group rules (DESIGN.md section 4's grouping) classify each
    /// source/medium pair back into its channel.
    /// </summary>
    public static DemoTouchStyle For(string channel, string platform) => (channel, platform) switch
    {
        (DemoChannels.PaidSearch, DemoChannels.Microsoft) => new(["bing"], "cpc", ["brand_search_bing", "nonbrand_generic_bing"]),
        (DemoChannels.PaidSearch, _) => new(["google"], "cpc", ["brand_search", "nonbrand_tents", "nonbrand_hiking_boots", "nonbrand_jackets", "shopping_pmax"]),
        (DemoChannels.PaidSocial, DemoChannels.TikTok) => new(["tiktok"], "paid_social", ["tiktok_spark_ads", "tiktok_prospecting"]),
        (DemoChannels.PaidSocial, _) => new(["facebook", "facebook", "facebook", "instagram", "instagram"], "paid_social", ["prospecting_broad", "prospecting_lookalike", "retargeting_dpa", "seasonal_launch"]),
        (DemoChannels.Display, _) => new(["google"], "display", ["gdn_prospecting", "gdn_remarketing"]),
        (DemoChannels.Video, _) => new(["youtube"], "cpv", ["yt_brand_story", "yt_gear_reviews"]),
        (DemoChannels.Affiliate, _) => new(["wirecutter", "slickdeals", "rakuten", "outdoor_deals_weekly"], "affiliate", ["impact_content", "impact_deals", "impact_loyalty"]),
        (DemoChannels.OrganicSearch, _) => new(["google", "google", "google", "google", "google", "google", "google", "google", "bing", "duckduckgo"], "organic", [""]),
        (DemoChannels.OrganicSocial, _) => new(["instagram", "instagram", "facebook", "pinterest", "reddit", "tiktok"], "social", [""]),
        (DemoChannels.Email, _) => new(["klaviyo"], "email", ["weekly_newsletter", "abandoned_cart", "welcome_series", "back_in_stock", "winback"]),
        (DemoChannels.Sms, _) => new(["attentive"], "sms", ["sms_promo", "sms_abandoned_cart"]),
        (DemoChannels.Referral, _) => new(["outdoorgearlab.com", "backpacker.com", "switchbacktravel.com", "trailspace.com", "gearjunkie.com"], "referral", [""]),
        _ => new(["(direct)"], "(none)", [""]),
    };
}
