namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Convergence diagnostics of one scalar quantity from several chains of equal length (at least 4 draws each).
/// Every chain is split into halves (an odd middle draw is dropped). Rank-normalised split R-hat
/// (<see cref="SplitRhat"/>) is the larger of the classic R-hat of the rank-normalised split draws (bulk) and of the
/// rank-normalised folded draws <c>|x - median(x)|</c> (tails and scale); bulk ESS (<see cref="BulkEss"/>) is the
/// ESS of the rank-normalised split draws; tail ESS (<see cref="TailEss"/>) is the smaller ESS of the split indicators
/// <c>x &lt;= q_0.05</c> and <c>x &lt;= q_0.95</c>. Formulas of the pieces: <see cref="RankNormalization"/> (ranks to
/// normal scores), <see cref="BasicDiagnostics"/> (R-hat, Geyer's initial monotone sequence ESS) and
/// <see cref="Autocovariance"/>. Results are NaN when a draw is not finite or all draws are equal (nothing
/// to diagnose), as in Stan; a single constant chain still gives a number (a large R-hat, a small ESS).
/// </summary>
/// <remarks>
/// Vehtari, Gelman, Simpson, Carpenter and Bürkner, "Rank-normalization, folding, and localization: an improved R-hat
/// for assessing convergence of MCMC" (Bayesian Analysis 16(2), 2021), sections 3-4 and appendix A; reference
/// implementation: the posterior R package (<c>rhat</c>, <c>ess_bulk</c>, <c>ess_tail</c>).
/// </remarks>
public static class ConvergenceDiagnostics
{
    /// <summary>
    /// <c>max(Rhat(z(split(x))), Rhat(z(split(|x - median(x)|))))</c>, with
    /// <c>Rhat = sqrt((B/W + n - 1)/n)</c> over the split chains of <c>n</c> draws.
    /// </summary>
    public static double SplitRhat(IReadOnlyList<double[]> chains)
    {
        DrawChains.Validate(chains);
        var bulk = BasicDiagnostics.Rhat(RankNormalization.ZScores(DrawChains.Split(chains)));
        var median = DrawChains.Quantile(chains, 0.5);
        var folded = DrawChains.Map(chains, v => Math.Abs(v - median));
        var tail = BasicDiagnostics.Rhat(RankNormalization.ZScores(DrawChains.Split(folded)));
        return double.IsNaN(bulk) || double.IsNaN(tail) ? double.NaN : Math.Max(bulk, tail);
    }

    /// <summary>ESS of the rank-normalised split chains: <c>m n / tau</c> with Geyer's initial monotone sequence.</summary>
    public static double BulkEss(IReadOnlyList<double[]> chains)
    {
        DrawChains.Validate(chains);
        return BasicDiagnostics.Ess(RankNormalization.ZScores(DrawChains.Split(chains)));
    }

    /// <summary>
    /// <c>min(ESS(split(x &lt;= q_0.05)), ESS(split(x &lt;= q_0.95)))</c>, quantiles of all draws pooled (type 7).
    /// </summary>
    public static double TailEss(IReadOnlyList<double[]> chains)
    {
        DrawChains.Validate(chains);
        if (!DrawChains.AllFinite(chains) || DrawChains.AllEqual(chains))
        {
            return double.NaN;
        }

        var lower = IndicatorEss(chains, 0.05);
        var upper = IndicatorEss(chains, 0.95);
        return double.IsNaN(lower) || double.IsNaN(upper) ? double.NaN : Math.Min(lower, upper);
    }

    /// <summary>
    /// ESS for the mean: the ESS of the split chains without rank normalisation (<c>ess_mean</c>).
    /// </summary>
    public static double MeanEss(IReadOnlyList<double[]> chains)
    {
        DrawChains.Validate(chains);
        return BasicDiagnostics.Ess(DrawChains.Split(chains));
    }

    /// <summary>Monte Carlo standard error of the posterior mean: <c>sd(x) / sqrt(MeanEss)</c>, sd of all draws pooled.</summary>
    public static double MeanStandardError(IReadOnlyList<double[]> chains)
    {
        var ess = MeanEss(chains);
        var all = chains.SelectMany(chain => chain).ToArray();
        var mean = all.Average();
        var sd = Math.Sqrt(all.Sum(v => (v - mean) * (v - mean)) / (all.Length - 1));
        return sd / Math.Sqrt(ess);
    }

    /// <summary>
    /// Energy Bayesian fraction of missing information of one chain's Hamiltonian values <c>E_t</c>
    /// (<see cref="ChainResult.Energies"/>): <c>sum_t (E_t - E_{t-1})^2 / sum_t (E_t - mean E)^2</c>. Values below
    /// about 0.3 mean the momentum resampling explores the energy distribution poorly (heavy tails, funnels).
    /// </summary>
    /// <remarks>
    /// Betancourt, "Diagnosing Suboptimal Cotangent Disintegrations in Hamiltonian Monte Carlo" (arXiv:1604.00695,
    /// 2016), section 3; Betancourt, "A Conceptual Introduction to Hamiltonian Monte Carlo" (2017), section 6.1.
    /// </remarks>
    public static double Ebfmi(IReadOnlyList<double> energies)
    {
        ArgumentNullException.ThrowIfNull(energies);
        if (energies.Count < 2)
        {
            throw new ArgumentException("E-BFMI needs at least 2 energies.", nameof(energies));
        }

        var mean = energies.Average();
        var (numerator, denominator) = (0.0, 0.0);
        for (var t = 0; t < energies.Count; t++)
        {
            var difference = t > 0 ? energies[t] - energies[t - 1] : 0.0;
            numerator += difference * difference;
            denominator += (energies[t] - mean) * (energies[t] - mean);
        }

        return numerator / denominator;
    }

    private static double IndicatorEss(IReadOnlyList<double[]> chains, double probability)
    {
        var quantile = DrawChains.Quantile(chains, probability);
        return BasicDiagnostics.Ess(DrawChains.Split(DrawChains.Map(chains, v => v <= quantile ? 1.0 : 0.0)));
    }
}
