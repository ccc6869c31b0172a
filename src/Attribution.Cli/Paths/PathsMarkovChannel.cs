namespace Attribution.Cli.Paths;

/// <summary>A channel's removal effect and the conversions and value credited to it by normalised removal effect.</summary>
internal sealed record PathsMarkovChannel(string Channel, double RemovalEffect, double Conversions, double Value);
