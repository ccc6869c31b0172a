namespace Attribution.Api.Mmm;

/// <summary>The sampler settings of a run, stored with it (<c>mmm_models.config</c>) so every step uses the same.</summary>
public sealed record MmmRunConfig(int Chains, int Draws, int Warmup, long Seed);
