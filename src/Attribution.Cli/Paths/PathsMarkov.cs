namespace Attribution.Cli.Paths;

/// <summary>The exact Markov model: order, conversion probability and each channel's removal effect and credits.</summary>
internal sealed record PathsMarkov(int Order, double ConversionProbability, IReadOnlyList<PathsMarkovChannel> Channels);
