namespace Attribution.Api.Journeys;

/// <summary>What a journey list page depends on: the tenant, its data version, the resolved filters, the cursor and the limit.</summary>
public sealed record JourneyPageKey(Guid TenantId, JourneyDataVersion Version, JourneyFilters Filters, JourneyCursor? Cursor, int Limit);
