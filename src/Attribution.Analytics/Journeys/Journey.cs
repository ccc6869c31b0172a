namespace Attribution.Analytics.Journeys;

/// <summary>
/// One conversion and the touches that count for it: <paramref name="Touches"/> ordered by time and already inside
/// the attribution window. A journey without touches is a direct conversion: it has no touch to credit
/// (<see cref="JourneyAttribution.Credit"/> returns no credits) and aggregate views credit its conversion and revenue
/// to <see cref="AttributionOptions.DirectChannel"/> in every model.
/// </summary>
public sealed record Journey(IReadOnlyList<Touch> Touches, DateTimeOffset ConvertedAt, double Revenue);
