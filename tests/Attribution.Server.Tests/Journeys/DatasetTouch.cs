namespace Attribution.Server.Tests.Journeys;

/// <summary>A touchpoint of <see cref="JourneyDataset"/>.</summary>
internal sealed record DatasetTouch(
    string ExternalId, string CustomerId, DateTimeOffset At, string Channel, string Source, string Medium, string Campaign, string Platform);
