namespace Attribution.Api.Ingestion.Rows;

/// <summary>
/// A touchpoint to ingest (a JSON array element, an NDJSON line or a CSV record with these names as header).
/// Natural key: <see cref="ExternalId"/>. Without a channel, the channel is derived from source and medium
/// (default channel grouping); source and medium are kept as given.
/// </summary>
/// <param name="ExternalId">Your id of the touchpoint (at most 256 characters).</param>
/// <param name="CustomerId">Your id of the customer.</param>
/// <param name="OccurredAt">When it happened: ISO 8601 with an offset (e.g. 2026-03-01T12:00:00Z).</param>
/// <param name="Channel">One of direct, organic_search, paid_search, paid_social, organic_social, email, sms, affiliate, referral, display, video.</param>
/// <param name="Source">Raw source (utm_source), e.g. google.</param>
/// <param name="Medium">Raw medium (utm_medium), e.g. cpc.</param>
/// <param name="Campaign">Campaign name.</param>
/// <param name="Platform">Ad platform, e.g. meta.</param>
/// <param name="Region">US state code or DC, e.g. CA.</param>
public sealed record TouchpointRow(
    string ExternalId,
    string CustomerId,
    DateTimeOffset OccurredAt,
    string? Channel = null,
    string? Source = null,
    string? Medium = null,
    string? Campaign = null,
    string? Platform = null,
    string? Region = null);
