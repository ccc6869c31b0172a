namespace Attribution.Analytics.Journeys;

/// <summary>Conversions and value credited to a channel over a set of paths under one model.</summary>
public sealed record ChannelTotal(string Channel, double Conversions, double Value);
