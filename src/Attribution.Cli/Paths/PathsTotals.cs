namespace Attribution.Cli.Paths;

/// <summary>Total conversions and value over all paths of the input.</summary>
internal sealed record PathsTotals(double Conversions, double Value);
