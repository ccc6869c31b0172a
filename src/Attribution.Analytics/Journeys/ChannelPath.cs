namespace Attribution.Analytics.Journeys;

/// <summary>
/// An aggregated path in the ChannelAttribution layout: the ordered channels (repeats allowed), how many
/// conversions ended it, their value, and how many times it ended without a conversion (<paramref name="Nulls"/>).
/// </summary>
public sealed record ChannelPath(IReadOnlyList<string> Channels, double Conversions, double Value, double Nulls);
