using Attribution.Analytics.Journeys;

namespace Attribution.Analytics.Tests.Journeys;

public sealed class ChannelGroupingTests
{
    [Theory]
    [InlineData(null, null, "direct")]
    [InlineData("", "", "direct")]
    [InlineData("(direct)", "(none)", "direct")]
    [InlineData("(direct)", "(not set)", "direct")]
    [InlineData("  (Direct) ", "", "direct")]
    [InlineData("google", "cpc", "paid_search")]
    [InlineData("Google.co.uk", "PPC", "paid_search")]
    [InlineData("bing", "paid", "paid_search")]
    [InlineData("bing", "retargeting", "paid_search")]
    [InlineData("newsletter-partner", "paid_search", "paid_search")]
    [InlineData("google", "paid_social", "paid_social")]
    [InlineData("facebook", "cpc", "paid_social")]
    [InlineData("l.facebook.com", "paid", "paid_social")]
    [InlineData("tiktok", "cpm", "paid_social")]
    [InlineData("partner", "paid-social", "paid_social")]
    [InlineData("youtube", "cpv", "video")]
    [InlineData("partner", "paid_video", "video")]
    [InlineData("partner", "display", "display")]
    [InlineData("partner", "banner", "display")]
    [InlineData("adnetwork", "cpm", "display")]
    [InlineData("adnetwork", "cpa", "display")]
    [InlineData("instagram", "", "organic_social")]
    [InlineData("t.co", "referral", "organic_social")]
    [InlineData("newsletter", "social", "organic_social")]
    [InlineData("partner", "social-media", "organic_social")]
    [InlineData("vimeo.com", "referral", "video")]
    [InlineData("partner", "video", "video")]
    [InlineData("google", "organic", "organic_search")]
    [InlineData("duckduckgo.com", "referral", "organic_search")]
    [InlineData("anything", "organic", "organic_search")]
    [InlineData("blog.example.com", "referral", "referral")]
    [InlineData("example.com", "link", "referral")]
    [InlineData("klaviyo", "email", "email")]
    [InlineData("e-mail", "", "email")]
    [InlineData("partner", "affiliate", "affiliate")]
    [InlineData("spotify", "audio", "display")]
    [InlineData("attentive", "sms", "sms")]
    [InlineData("sms", "", "sms")]
    [InlineData("firebase", "", "sms")]
    [InlineData("app", "web_push", "sms")]
    [InlineData("example.com", "", "referral")]
    [InlineData("example.com", "unknown", "referral")]
    [InlineData("", "unknown", "direct")]
    public void Classify_SourceAndMedium_ReturnsTheDefaultChannelGroup(string? source, string? medium, string expected) =>
        Assert.Equal(expected, ChannelGrouping.Classify(source, medium));

    [Fact]
    public void Classify_AnyInput_ReturnsOneOfTheElevenChannels()
    {
        string[] values = ["", "(direct)", "google", "facebook", "youtube", "cpc", "email", "sms", "x", "paid", "organic", "referral"];

        var channels = values.SelectMany(s => values.Select(m => ChannelGrouping.Classify(s, m))).ToHashSet();

        Assert.All(channels, c => Assert.True(ChannelGrouping.IsChannel(c), c));
        Assert.Equal(11, ChannelGrouping.All.Count);
    }

    [Theory]
    [InlineData("paid_search", true)]
    [InlineData("video", true)]
    [InlineData("Paid_Search", false)]
    [InlineData("tv", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsChannel_Value_TrueOnlyForTheElevenLowerCaseNames(string? channel, bool expected) =>
        Assert.Equal(expected, ChannelGrouping.IsChannel(channel));
}
