namespace Attribution.Api.Journeys;

/// <summary>
/// The tenant's data version as every request reads it, in O(1) from the primary keys under row-level security: the
/// newest touchpoint and conversion ids. Every committed insert of the tenant raises one of them.
/// </summary>
public readonly record struct JourneyDataVersion(long MaxTouchpointId, long MaxConversionId);
