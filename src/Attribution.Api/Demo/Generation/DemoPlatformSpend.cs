namespace Attribution.Api.Demo.Generation;

/// <summary>One platform's daily spend (cents), impressions and clicks within a channel.</summary>
internal sealed record DemoPlatformSpend(string Platform, decimal[] Spend, long[] Impressions, long[] Clicks);
