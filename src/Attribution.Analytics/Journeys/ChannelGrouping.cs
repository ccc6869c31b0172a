using System.Collections.Frozen;

namespace Attribution.Analytics.Journeys;

/// <summary>
/// The default channel grouping of DESIGN.md section 4: eleven channels, and a classifier deriving a
/// touchpoint's channel from its raw <c>source</c> and <c>medium</c> (both compared trimmed and lower-case).
/// The first matching rule wins:
/// <list type="number">
/// <item><c>direct</c>: source empty or <c>(direct)</c>, and medium empty, <c>(none)</c> or <c>(not set)</c>.</item>
/// <item><c>paid_search</c>: medium <c>paid_search</c>, <c>paid-search</c>, <c>paidsearch</c> or <c>sem</c>.</item>
/// <item><c>paid_social</c>: medium <c>paid_social</c>, <c>paid-social</c>, <c>paidsocial</c> or <c>social_paid</c>.</item>
/// <item><c>paid_search</c>: a search-engine source with a paid medium.</item>
/// <item><c>paid_social</c>: a social-site source with a paid medium.</item>
/// <item><c>video</c>: a paid medium with a video-site source or a medium containing <c>video</c>.</item>
/// <item><c>display</c>: medium <c>display</c>, <c>banner</c>, <c>expandable</c>, <c>interstitial</c> or <c>cpm</c>; then any other paid medium.</item>
/// <item><c>organic_social</c>: a social-site source, or medium <c>social</c>, <c>social-network</c>, <c>social-media</c>, <c>sm</c>, <c>social network</c>, <c>social media</c>.</item>
/// <item><c>video</c>: a video-site source, or a medium containing <c>video</c>.</item>
/// <item><c>organic_search</c>: a search-engine source, or medium <c>organic</c>.</item>
/// <item><c>referral</c>: medium <c>referral</c>, <c>app</c> or <c>link</c>.</item>
/// <item><c>email</c>: source or medium <c>email</c>, <c>e-mail</c>, <c>e_mail</c> or <c>e mail</c>.</item>
/// <item><c>affiliate</c>: medium <c>affiliate</c>.</item>
/// <item><c>display</c>: medium <c>audio</c>.</item>
/// <item><c>sms</c>: source or medium <c>sms</c>; then mobile push (medium ending in <c>push</c>, containing <c>mobile</c> or <c>notification</c>, or source <c>firebase</c>).</item>
/// <item>otherwise (GA4's Unassigned): <c>direct</c> when the source is empty or <c>(direct)</c>, else <c>referral</c>.</item>
/// </list>
/// A paid medium matches <c>^(.*cp.*|ppc|retargeting|paid.*)$</c>. A site source matches when the whole source or
/// one of its dot-separated labels is a listed site (<c>l.facebook.com</c> is social, <c>google.co.uk</c> is search).
/// </summary>
/// <remarks>
/// The rules and their order follow Google Analytics 4's "Default channel group" definitions
/// (support.google.com/analytics/answer/9756891), mapped onto our eleven channels: GA4's Paid Other and Audio fold
/// into <c>display</c>, Paid Video and Organic Video into <c>video</c>, Mobile Push Notifications into <c>sms</c>,
/// and Unassigned into <c>referral</c> (or <c>direct</c> without a source). GA4's campaign-name rules (Cross-network,
/// Shopping) are not applied: classification uses source and medium only. The site lists are abridged from GA4's
/// source categories. The explicit paid media (<c>paid_search</c>, <c>paid_social</c>, ...) are our additions for
/// sources GA4 would not recognise.
/// </remarks>
public static class ChannelGrouping
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

    /// <summary>The eleven channels, in the order of DESIGN.md section 4.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Direct, OrganicSearch, PaidSearch, PaidSocial, OrganicSocial, Email, Sms, Affiliate, Referral, Display, Video];

    private static readonly FrozenSet<string> Channels = All.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="channel"/> is one of <see cref="All"/> (exact, lower-case).</summary>
    public static bool IsChannel(string? channel) => channel is not null && Channels.Contains(channel);

    /// <summary>The channel of a touchpoint with the given raw source and medium (null counts as empty).</summary>
    public static string Classify(string? source, string? medium)
    {
        var s = Normalize(source);
        var m = Normalize(medium);
        var paid = ChannelSources.IsPaidMedium(m);
        return s switch
        {
            _ when s is "" or "(direct)" && m is "" or "(none)" or "(not set)" => Direct,
            _ when m is "paid_search" or "paid-search" or "paidsearch" or "sem" => PaidSearch,
            _ when m is "paid_social" or "paid-social" or "paidsocial" or "social_paid" => PaidSocial,
            _ when paid && ChannelSources.IsSearch(s) => PaidSearch,
            _ when paid && ChannelSources.IsSocial(s) => PaidSocial,
            _ when paid && (ChannelSources.IsVideo(s) || m.Contains("video", StringComparison.Ordinal)) => Video,
            _ when m is "display" or "banner" or "expandable" or "interstitial" or "cpm" || paid => Display,
            _ when ChannelSources.IsSocial(s) || m is "social" or "social-network" or "social-media" or "sm" or "social network" or "social media" => OrganicSocial,
            _ when ChannelSources.IsVideo(s) || m.Contains("video", StringComparison.Ordinal) => Video,
            _ when ChannelSources.IsSearch(s) || m == "organic" => OrganicSearch,
            _ when m is "referral" or "app" or "link" => Referral,
            _ when IsEmail(s) || IsEmail(m) => Email,
            _ when m == "affiliate" => Affiliate,
            _ when m == "audio" => Display,
            _ when s == "sms" || m == "sms" || IsPush(s, m) => Sms,
            "" or "(direct)" => Direct,
            _ => Referral,
        };
    }

    private static bool IsEmail(string value) => value is "email" or "e-mail" or "e_mail" or "e mail";

    private static bool IsPush(string source, string medium) =>
        medium.EndsWith("push", StringComparison.Ordinal)
        || medium.Contains("mobile", StringComparison.Ordinal)
        || medium.Contains("notification", StringComparison.Ordinal)
        || source == "firebase";

    private static string Normalize(string? value) => value is null ? "" : value.Trim().ToLowerInvariant();
}
