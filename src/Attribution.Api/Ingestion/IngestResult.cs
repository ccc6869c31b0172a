namespace Attribution.Api.Ingestion;

/// <summary>
/// The outcome of an ingest: rows in the body, rows newly inserted, and stored rows whose values changed. A row
/// identical to the stored one counts as neither; of rows sharing a natural key in one body, the last one wins.
/// </summary>
public sealed record IngestResult(long Received, long Inserted, long Updated);
