using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Mmm;

/// <summary>
/// Per-parameter summaries and the overall diagnostics of constrained chains: for each parameter the rank-normalised
/// split R-hat, bulk and tail ESS of <see cref="ConvergenceDiagnostics"/> (NaN when a chain has fewer than 4 draws or all
/// draws are equal), mean, sd and 90% interval; overall the largest finite R-hat, the smallest finite ESS, summed
/// divergences, tree-depth hits and gradient evaluations, and <see cref="MmmDiagnostics.Converged"/>.
/// </summary>
/// <remarks>
/// Vehtari, Gelman, Simpson, Carpenter and Buerkner (2021), "Rank-normalization, folding, and localization: an improved
/// R-hat for assessing convergence of MCMC", Bayesian Analysis 16(2).
/// </remarks>
internal static class MmmConvergence
{
    public const double MaxRhat = 1.05;

    public const double MinEssPerChain = 100;

    public const double MaxDivergenceShare = 0.01;

    public static (IReadOnlyList<MmmParameterSummary> Parameters, MmmDiagnostics Diagnostics) Summarize(MmmProblem problem, IReadOnlyList<MmmChain> chains)
    {
        var names = problem.ParameterNames;
        var perChain = chains[0].Draws.Length;
        var parameters = new MmmParameterSummary[names.Count];
        for (var p = 0; p < names.Count; p++)
        {
            var columns = chains.Select(c => c.Draws.Select(d => d[p]).ToArray()).ToArray();
            var pooled = columns.SelectMany(c => c).ToArray();
            var mean = pooled.Average();
            var sd = pooled.Length > 1 ? Math.Sqrt(pooled.Sum(v => (v - mean) * (v - mean)) / (pooled.Length - 1)) : 0;
            var estimate = MmmEstimate.From(pooled);
            var (rhat, bulk, tail) = perChain >= 4
                ? (ConvergenceDiagnostics.SplitRhat(columns), ConvergenceDiagnostics.BulkEss(columns), ConvergenceDiagnostics.TailEss(columns))
                : (double.NaN, double.NaN, double.NaN);
            parameters[p] = new MmmParameterSummary(names[p], mean, sd, estimate.Lower, estimate.Upper, rhat, bulk, tail);
        }

        var maxRhat = Extreme(parameters.Select(p => p.Rhat), Enumerable.Max);
        var minBulk = Extreme(parameters.Select(p => p.BulkEss), Enumerable.Min);
        var minTail = Extreme(parameters.Select(p => p.TailEss), Enumerable.Min);
        var divergences = chains.Sum(c => c.Divergences);
        var converged = parameters.All(p => double.IsFinite(p.Rhat) && p.Rhat <= MaxRhat)
            && minBulk >= MinEssPerChain * chains.Count && minTail >= MinEssPerChain * chains.Count
            && divergences <= MaxDivergenceShare * chains.Count * perChain;
        var diagnostics = new MmmDiagnostics(chains.Count, perChain, maxRhat, minBulk, minTail, divergences,
            chains.Sum(c => c.MaxTreeDepthHits), chains.Sum(c => c.GradientEvaluations), converged);
        return (parameters, diagnostics);
    }

    private static double Extreme(IEnumerable<double> values, Func<IEnumerable<double>, double> pick)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length > 0 ? pick(finite) : double.NaN;
    }
}
