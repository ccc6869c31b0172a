namespace Attribution.Api.Journeys;

/// <summary>
/// One journey: a conversion (<see cref="Id"/> is the conversion id, <see cref="OrderId"/> its external id) and the
/// customer's touchpoints inside the attribution window before it, oldest first, each credited under every model.
/// </summary>
/// <param name="CustomerType"><c>new</c> or <c>returning</c>.</param>
/// <param name="FirstTouchAt">The oldest touch's time; null without touches.</param>
/// <param name="TimeToConversionHours">Hours from the first touch to the conversion; null without touches.</param>
/// <param name="Channels">The touches' channels in order (repeats kept).</param>
public sealed record JourneyView(
    long Id,
    string OrderId,
    string CustomerId,
    string CustomerEmail,
    string CustomerType,
    DateTimeOffset ConvertedAt,
    decimal Revenue,
    string Currency,
    int TouchpointCount,
    DateTimeOffset? FirstTouchAt,
    double? TimeToConversionHours,
    IReadOnlyList<string> Channels,
    IReadOnlyList<JourneyTouchpointView> Touchpoints);
