namespace Attribution.Analytics.Mmm;

/// <summary>A simulated dataset and the truth that generated it (per channel, plus the total non-media baseline).</summary>
public sealed record MmmSimulation(MmmDataset Dataset, IReadOnlyList<MmmSimulatedChannel> Truth, double Baseline);
