using Attribution.Analytics.Journeys;

namespace Attribution.Api.Demo;

/// <summary>The default channel grouping (DESIGN.md section 4) and the platforms the demo's paid media buy on.</summary>
public static class DemoChannels
{
    public const string Direct = ChannelGrouping.Direct;
    public const string OrganicSearch = ChannelGrouping.OrganicSearch;
    public const string PaidSearch = ChannelGrouping.PaidSearch;
    public const string PaidSocial = ChannelGrouping.PaidSocial;
    public const string OrganicSocial = ChannelGrouping.OrganicSocial;
    public const string Email = ChannelGrouping.Email;
    public const string Sms = ChannelGrouping.Sms;
    public const string Affiliate = ChannelGrouping.Affiliate;
    public const string Referral = ChannelGrouping.Referral;
    public const string Display = ChannelGrouping.Display;
    public const string Video = ChannelGrouping.Video;

    public const string Google = "google";
    public const string Microsoft = "microsoft";
    public const string Meta = "meta";
    public const string TikTok = "tiktok";
    public const string Impact = "impact";

    /// <summary>The eleven channels, in the order of DESIGN.md section 4.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Direct, OrganicSearch, PaidSearch, PaidSocial, OrganicSocial, Email, Sms, Affiliate, Referral, Display, Video];
}
