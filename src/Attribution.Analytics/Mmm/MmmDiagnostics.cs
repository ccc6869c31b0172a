namespace Attribution.Analytics.Mmm;

/// <summary>
/// Convergence over all parameters (constrained draws): <paramref name="Chains"/> chains of <paramref name="Draws"/>
/// kept draws each, the largest rank-normalised split R-hat (<paramref name="MaxRhat"/>), the smallest bulk
/// (<paramref name="MinEss"/>) and tail (<paramref name="MinTailEss"/>) effective sample sizes, the divergent transitions
/// and the transitions that hit the maximum tree depth (summed over chains), the gradient evaluations, and
/// <paramref name="Converged"/> = max R-hat &lt;= 1.05, min bulk and tail ESS &gt;= 100 per chain and divergences
/// &lt;= 1% of all draws (the thresholds of the warnings).
/// </summary>
/// <remarks>
/// Vehtari, Gelman, Simpson, Carpenter and Buerkner (2021), "Rank-normalization, folding, and localization: an improved
/// R-hat for assessing convergence of MCMC", Bayesian Analysis 16(2), section 4 (ESS &gt; 100 per chain).
/// </remarks>
public sealed record MmmDiagnostics(
    int Chains,
    int Draws,
    double MaxRhat,
    double MinEss,
    double MinTailEss,
    int Divergences,
    int MaxTreeDepthHits,
    long GradientEvaluations,
    bool Converged);
