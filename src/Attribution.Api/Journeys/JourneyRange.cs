using Attribution.Analytics.Journeys;

namespace Attribution.Api.Journeys;

/// <summary>
/// The conversions a request looks at: converted on UTC days <see cref="From"/> through <see cref="To"/> (both inclusive),
/// with their touches inside <see cref="Window"/> before each conversion.
/// </summary>
public sealed record JourneyRange(AttributionWindow Window, DateOnly From, DateOnly To)
{
    /// <summary>The first instant of <see cref="From"/> (UTC).</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after <see cref="To"/> (UTC): conversions are in <c>[Start, End)</c>.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The earliest touch any conversion of the range can count: <c>Start - window</c>.</summary>
    public DateTimeOffset TouchStart => Start - Window.Length;
}
