namespace Attribution.Server.Tests.Journeys;

/// <summary>A conversion of <see cref="JourneyDataset"/>.</summary>
internal sealed record DatasetConversion(
    string OrderId, string CustomerId, string Email, DateTimeOffset At, decimal Revenue, string Currency, bool IsNew);
