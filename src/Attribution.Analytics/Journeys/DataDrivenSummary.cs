namespace Attribution.Analytics.Journeys;

/// <summary>The fitted Markov chain behind the data-driven credits: order, conversion probability and removal effects.</summary>
public sealed record DataDrivenSummary(int Order, double ConversionProbability, IReadOnlyDictionary<string, double> RemovalEffects);
