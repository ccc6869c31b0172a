namespace Attribution.Api.Journeys;

/// <summary>A touchpoint of a journey as read from the database.</summary>
public sealed record StoredTouch(long Id, string Channel, string Source, string Medium, string Campaign, string Platform, DateTimeOffset OccurredAt);
