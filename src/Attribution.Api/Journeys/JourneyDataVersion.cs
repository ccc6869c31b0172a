namespace Attribution.Api.Journeys;

/// <summary>
/// The tenant's data version as every request reads it, in O(1) under row-level security: the newest touchpoint and
/// conversion ids (backward scans of the primary keys) and the tenant's write counter (<c>tenant_data_versions</c>, raised
/// by every ingestion or seeding that changes a row, so updates of existing rows count too).
/// </summary>
public readonly record struct JourneyDataVersion(long MaxTouchpointId, long MaxConversionId, long Changes);
