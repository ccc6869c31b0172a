namespace Attribution.Analytics.Journeys;

/// <summary>One touchpoint of a journey: its channel and when it happened.</summary>
public readonly record struct Touch(string Channel, DateTimeOffset OccurredAt);
