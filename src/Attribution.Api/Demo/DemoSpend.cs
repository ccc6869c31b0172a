namespace Attribution.Api.Demo;

/// <summary>One day of one channel on one platform, as <c>ad_spend_daily</c> holds it (region empty: national).</summary>
public sealed record DemoSpend(
    DateOnly Date,
    string Channel,
    string Platform,
    string Region,
    decimal Spend,
    long Impressions,
    long Clicks);
