namespace Attribution.Api.Journeys;

/// <summary>What a fitted data-driven model is for: a tenant, an attribution window (key), a date range and a Markov order.</summary>
public readonly record struct JourneyModelKey(Guid TenantId, string Window, DateOnly From, DateOnly To, int Order);
