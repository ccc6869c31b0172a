using System.Collections.Frozen;

namespace Attribution.Analytics.Journeys;

/// <summary>
/// The source categories and the paid-medium test of <see cref="ChannelGrouping"/>. A source (already trimmed and
/// lower-case) belongs to a category when it, or one of its dot-separated labels, is listed.
/// </summary>
/// <remarks>Abridged from the source categories Google Analytics 4 publishes for its default channel group (support.google.com/analytics/answer/9756891).</remarks>
internal static class ChannelSources
{
    private static readonly FrozenSet<string> Search = FrozenSet.ToFrozenSet(
    [
        "google", "bing", "yahoo", "duckduckgo", "baidu", "yandex", "ecosia", "naver", "ask", "aol", "seznam",
        "startpage", "qwant", "sogou", "so.com", "search.brave.com", "msn", "daum", "ghostery", "kagi", "perplexity",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Social = FrozenSet.ToFrozenSet(
    [
        "facebook", "fb", "instagram", "ig", "meta", "twitter", "x", "x.com", "t.co", "linkedin", "lnkd.in", "pinterest",
        "reddit", "snapchat", "tiktok", "threads", "tumblr", "quora", "whatsapp", "messenger", "vk", "weibo", "wechat",
        "discord", "telegram", "mastodon", "bsky", "bluesky", "nextdoor", "news.ycombinator.com",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Videos = FrozenSet.ToFrozenSet(
    [
        "youtube", "youtu.be", "vimeo", "twitch", "dailymotion", "wistia", "ted", "rumble",
    ], StringComparer.Ordinal);

    public static bool IsSearch(string source) => Matches(Search, source);

    public static bool IsSocial(string source) => Matches(Social, source);

    public static bool IsVideo(string source) => Matches(Videos, source);

    /// <summary>GA4's paid medium: <c>^(.*cp.*|ppc|retargeting|paid.*)$</c>.</summary>
    public static bool IsPaidMedium(string medium) =>
        medium.Contains("cp", StringComparison.Ordinal) || medium is "ppc" or "retargeting" || medium.StartsWith("paid", StringComparison.Ordinal);

    private static bool Matches(FrozenSet<string> sites, string source)
    {
        if (source.Length == 0)
        {
            return false;
        }

        if (sites.Contains(source))
        {
            return true;
        }

        foreach (var label in source.Split('.'))
        {
            if (sites.Contains(label))
            {
                return true;
            }
        }

        return false;
    }
}
