namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// One chain's output. <paramref name="Draws"/> is <c>[draw][dimension]</c> in unconstrained space, post-warm-up only.
/// <paramref name="Divergences"/>, <paramref name="MeanAcceptance"/> (mean of the per-iteration average Metropolis
/// acceptance over the trajectory) and <paramref name="MaxTreeDepthHits"/> cover the post-warm-up draws;
/// <paramref name="StepSize"/> and <paramref name="InverseMetric"/> (diagonal) are the adapted values used for them;
/// <paramref name="GradientEvaluations"/> counts every density evaluation of the run, warm-up included.
/// </summary>
public sealed record ChainResult(
    int Chain,
    double[][] Draws,
    int Divergences,
    double StepSize,
    double[] InverseMetric,
    double MeanAcceptance,
    int MaxTreeDepthHits,
    long GradientEvaluations)
{
    /// <summary>Log density (up to its constant) at each post-warm-up draw (Stan's <c>lp__</c>).</summary>
    public double[] LogDensities { get; init; } = [];

    /// <summary>Hamiltonian at each post-warm-up draw (Stan's <c>energy__</c>), for E-BFMI.</summary>
    public double[] Energies { get; init; } = [];

    /// <summary>Tree depth of each post-warm-up transition (Stan's <c>treedepth__</c>).</summary>
    public int[] TreeDepths { get; init; } = [];
}
