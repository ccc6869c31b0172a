namespace Attribution.Analytics.Incrementality;

/// <summary>
/// p(h0) of the conformal test for a constant post-period effect h0: subtract h0 from the treated post periods, refit the
/// fixed-effects synthetic control on all T periods, take the residuals u_t, statistic S(u) = sum over the P post periods
/// of |u_t|, and p = share of permutations pi with S(u_pi) &gt;= S(u) (cyclic block: the T cyclic shifts, identity
/// included; iid: seeded random shuffles).
/// </summary>
/// <remarks>
/// Chernozhukov, Wuthrich and Zhu (2021), "An Exact and Robust Conformal Inference Method for Counterfactual and Synthetic
/// Controls", JASA; augsynth <c>conformal_inf</c> and GeoLift's two-sided statistic <c>sum(abs(x))</c>.
/// </remarks>
internal sealed class ConformalTest(GeoDesignMatrix design, int postPeriods, ConformalOptions options)
{
    public double PValue(double h0)
    {
        var periods = design.TreatedRows[0].Length;
        var start = periods - postPeriods;
        var treated = design.TreatedRows
            .Select(r => r.Select((y, t) => t >= start ? y - h0 : y).ToArray())
            .ToArray();
        var residuals = FixedEffectsFit.Fit(treated, design.DonorRows, periods).Gaps();
        var observed = Statistic(residuals, start);
        return options.Scheme == PermutationScheme.CyclicBlock
            ? CyclicPValue(residuals, start, observed)
            : IidPValue(residuals, start, observed);
    }

    private static double Statistic(double[] residuals, int start)
    {
        var sum = 0.0;
        for (var t = start; t < residuals.Length; t++)
        {
            sum += Math.Abs(residuals[t]);
        }

        return sum;
    }

    private static double CyclicPValue(double[] residuals, int start, double observed)
    {
        var n = residuals.Length;
        var shifted = new double[n];
        var count = 0;
        for (var shift = 1; shift <= n; shift++)
        {
            for (var t = 0; t < n; t++)
            {
                shifted[t] = residuals[(t + shift) % n];
            }

            count += Statistic(shifted, start) >= observed ? 1 : 0;
        }

        return (double)count / n;
    }

    private double IidPValue(double[] residuals, int start, double observed)
    {
        var random = new Random(options.Seed);
        var work = (double[])residuals.Clone();
        var n = work.Length;
        var count = 0;
        for (var k = 0; k < options.Permutations; k++)
        {
            for (var t = n - 1; t >= start; t--)
            {
                var j = random.Next(t + 1);
                (work[t], work[j]) = (work[j], work[t]);
            }

            count += Statistic(work, start) >= observed ? 1 : 0;
        }

        return (double)count / options.Permutations;
    }
}
