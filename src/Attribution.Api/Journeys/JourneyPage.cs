namespace Attribution.Api.Journeys;

/// <summary>A page of journeys, newest conversion first; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record JourneyPage(IReadOnlyList<JourneyView> Items, string? NextCursor);
