namespace Attribution.Api.Mmm;

/// <summary>What the prepare step hands on: how many chains to fan out and the iterations of each (warm-up + draws).</summary>
public sealed record MmmPrepared(Guid ModelId, int Chains, int IterationsPerChain, int Periods, int Channels);
