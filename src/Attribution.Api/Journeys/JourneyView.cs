namespace Attribution.Api.Journeys;

/// <summary>
/// One journey: a conversion and the customer's touchpoints inside the attribution window before it, oldest first,
/// each credited under every model.
/// </summary>
/// <param name="Id">The conversion id.</param>
/// <param name="OrderId">The conversion's external id (the order id).</param>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="CustomerEmail">The customer's email (empty when unknown).</param>
/// <param name="CustomerType"><c>new</c> or <c>returning</c>.</param>
/// <param name="ConvertedAt">When the conversion happened.</param>
/// <param name="Revenue">The conversion's revenue.</param>
/// <param name="Currency">ISO 4217 code of the revenue.</param>
/// <param name="TouchpointCount">How many touches count for the conversion.</param>
/// <param name="FirstTouchAt">The oldest touch's time; null without touches.</param>
/// <param name="TimeToConversionHours">Hours from the first touch to the conversion; null without touches.</param>
/// <param name="Channels">The touches' channels in order (repeats kept).</param>
/// <param name="Touchpoints">The touches, oldest first, with their credits.</param>
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
