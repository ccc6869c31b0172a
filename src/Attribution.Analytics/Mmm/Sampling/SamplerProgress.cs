namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Progress of one chain: <paramref name="Iteration"/> iterations of <paramref name="TotalIterations"/> (warm-up plus
/// draws) are done; <paramref name="Divergences"/> counts post-warm-up divergences so far.
/// </summary>
public sealed record SamplerProgress(int Chain, int Iteration, int TotalIterations, bool Warmup, int Divergences);
