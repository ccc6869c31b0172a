namespace Attribution.Analytics.Mmm;

/// <summary>
/// One chain's output: <paramref name="Draws"/>[draw][parameter] are CONSTRAINED values on the scaled problem in
/// <see cref="MmmParameterLayout"/> order (what is stored per chain and draw), plus the sampler's statistics.
/// </summary>
public sealed record MmmChain(
    int Chain,
    double[][] Draws,
    int Divergences,
    double StepSize,
    double MeanAcceptance,
    int MaxTreeDepthHits,
    long GradientEvaluations);
