namespace Attribution.Cli.Mmm;

/// <summary>How a <c>mmm fit</c> ran (to repeat it exactly).</summary>
internal sealed record MmmFitSettings(string Input, int Chains, int Draws, int Warmup, ulong Seed, string Granularity, int Periods, double Seconds);
