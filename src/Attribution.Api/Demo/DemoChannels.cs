namespace Attribution.Api.Demo;

/// <summary>The default channel grouping (DESIGN.md section 4) and the platforms the demo's paid media buy on.</summary>
public static class DemoChannels
{
    public const string Direct = "direct";
    public const string OrganicSearch = "organic_search";
    public const string PaidSearch = "paid_search";
    public const string PaidSocial = "paid_social";
    public const string OrganicSocial = "organic_social";
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Affiliate = "affiliate";
    public const string Referral = "referral";
    public const string Display = "display";
    public const string Video = "video";

    public const string Google = "google";
    public const string Microsoft = "microsoft";
    public const string Meta = "meta";
    public const string TikTok = "tiktok";
    public const string Impact = "impact";

    /// <summary>The eleven channels, in the order of DESIGN.md section 4.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Direct, OrganicSearch, PaidSearch, PaidSocial, OrganicSocial, Email, Sms, Affiliate, Referral, Display, Video];
}
