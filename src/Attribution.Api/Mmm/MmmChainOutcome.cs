namespace Attribution.Api.Mmm;

/// <summary>A finished chain's small summary (its draws stay in PostgreSQL).</summary>
public sealed record MmmChainOutcome(int Chain, int Draws, int Divergences, double StepSize, long GradientEvaluations);
