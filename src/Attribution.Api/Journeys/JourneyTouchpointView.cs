using Attribution.Analytics.Journeys;

namespace Attribution.Api.Journeys;

/// <summary>A touch of a journey with its raw source/medium/campaign/platform and its credit under each model.</summary>
public sealed record JourneyTouchpointView(
    long Id,
    string Channel,
    string Source,
    string Medium,
    string Campaign,
    string Platform,
    DateTimeOffset OccurredAt,
    ModelCredits Credits);
