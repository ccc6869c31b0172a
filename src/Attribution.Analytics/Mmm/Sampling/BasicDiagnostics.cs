namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Classic R-hat and ESS of <c>m</c> chains of <c>n</c> draws (callers pass split, possibly rank-normalised chains).
/// R-hat: <c>sqrt((B/W + n - 1)/n)</c> with <c>B = n var(chain means)</c> and <c>W</c> the mean within-chain variance.
/// ESS: <c>m n / tau</c>, <c>tau = -1 + 2 sum_{t &lt; T} rho_t + rho_T</c>, where
/// <c>rho_t = 1 - (W - mean_c acov_c(t)) / var+</c>, <c>var+ = W (n-1)/n + var(chain means)</c>; pairs
/// <c>rho_{2k} + rho_{2k+1}</c> are summed while positive (Geyer's initial positive sequence, truncated at <c>T</c>),
/// made monotone (initial monotone sequence), and <c>tau</c> is floored at <c>1 / log10(m n)</c>. Both are NaN when a
/// value is not finite or all values are equal (Stan's rule; the posterior R package also gives NA when any single
/// chain is constant); ESS also when chains have fewer than 3 draws.
/// </summary>
/// <remarks>
/// Gelman et al., "Bayesian Data Analysis" (3rd ed., 2013), section 11.4-11.5; Geyer, "Practical Markov Chain Monte
/// Carlo" (Statistical Science, 1992); Vehtari, Gelman, Simpson, Carpenter and Bürkner, "Rank-normalization, folding,
/// and localization" (Bayesian Analysis 16(2), 2021), sections 3.1-3.2, as implemented in the posterior R package.
/// </remarks>
internal static class BasicDiagnostics
{
    public static double Rhat(double[][] chains)
    {
        if (!DrawChains.AllFinite(chains) || DrawChains.AllEqual(chains))
        {
            return double.NaN;
        }

        var n = chains[0].Length;
        var means = chains.Select(c => c.Average()).ToArray();
        var within = chains.Select(SampleVariance).Average();
        var between = n * SampleVariance(means);
        return Math.Sqrt(((between / within) + n - 1) / n);
    }

    public static double Ess(double[][] chains)
    {
        var (m, n) = (chains.Length, chains[0].Length);
        if (n < 3 || !DrawChains.AllFinite(chains) || DrawChains.AllEqual(chains))
        {
            return double.NaN;
        }

        var acov = chains.Select(Autocovariance.Compute).ToArray();
        var meanVar = acov.Average(a => a[0]) * n / (n - 1.0);
        var varPlus = meanVar * (n - 1.0) / n;
        if (m > 1)
        {
            varPlus += SampleVariance([.. chains.Select(c => c.Average())]);
        }

        double Rho(int lag) => 1.0 - ((meanVar - acov.Average(a => a[lag])) / varPlus);

        var rho = new double[n];
        var (even, odd) = (1.0, Rho(1));
        (rho[0], rho[1]) = (even, odd);
        var t = 0;
        while (t < n - 5 && !double.IsNaN(even + odd) && even + odd > 0)
        {
            t += 2;
            (even, odd) = (Rho(t), Rho(t + 1));
            if (even + odd >= 0)
            {
                (rho[t], rho[t + 1]) = (even, odd);
            }
        }

        var maxT = t;
        if (even > 0)
        {
            rho[maxT] = even;
        }

        for (t = 2; t <= maxT - 2; t += 2)
        {
            if (rho[t] + rho[t + 1] > rho[t - 2] + rho[t - 1])
            {
                rho[t] = rho[t + 1] = (rho[t - 2] + rho[t - 1]) / 2.0;
            }
        }

        var tau = -1.0 + rho[maxT];
        for (var k = 0; k < maxT; k++)
        {
            tau += 2.0 * rho[k];
        }

        var draws = (double)m * n;
        return draws / Math.Max(tau, 1.0 / Math.Log10(draws));
    }

    private static double SampleVariance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }
}
