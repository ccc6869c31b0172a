namespace Attribution.Api.Ingestion.Rows;

/// <summary>A day of ad spend to ingest. Natural key: (date, channel, platform, region).</summary>
/// <param name="Date">The day, yyyy-MM-dd.</param>
/// <param name="Channel">One of the eleven channels of the default channel grouping.</param>
/// <param name="Spend">Amount spent, at least 0 (rounded to cents).</param>
/// <param name="Platform">Ad platform, e.g. google.</param>
/// <param name="Region">US state code or DC.</param>
/// <param name="Impressions">Whole number, at least 0 (0 when absent).</param>
/// <param name="Clicks">Whole number, at least 0 (0 when absent).</param>
public sealed record SpendRow(
    DateOnly Date,
    string Channel,
    decimal Spend,
    string? Platform = null,
    string? Region = null,
    long? Impressions = null,
    long? Clicks = null);
