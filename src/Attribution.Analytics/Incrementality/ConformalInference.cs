namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Conformal permutation inference for a synthetic-control geo test. p = p(0) of the test for a constant effect h0
/// (see <c>ConformalTest</c>: refit under the null on all periods, S(u) = sum over post periods of |u_t|, cyclic-block or
/// seeded iid permutations). The 1 - alpha interval inverts the same test: p is evaluated on a grid ATT +- 2 sqrt(mean
/// post gap^2) that always contains 0; from the accepted grid point nearest the ATT the accepted run (p &gt;= alpha) is
/// followed outward, each end refined by bisection and the grid extended when needed; 0 is added to the hull when
/// p(0) &gt;= alpha. Hence 0 is outside the interval exactly when p(0) &lt; alpha.
/// </summary>
/// <remarks>
/// Chernozhukov, Wuthrich and Zhu (2021), "An Exact and Robust Conformal Inference Method for Counterfactual and Synthetic
/// Controls", JASA; Ben-Michael, Feller and Rothstein (2021), augsynth <c>conformal_inf</c>; GeoLift (Meta).
/// </remarks>
public static class ConformalInference
{
    /// <summary>p-value of the null "constant post-period effect = <paramref name="effect"/>" (ATT units).</summary>
    public static double PValue(SyntheticControlRequest request, ConformalOptions options, double effect = 0)
    {
        Validate(options);
        var post = request.TreatmentEnd - request.TreatmentStart + 1;
        return new ConformalTest(GeoDesignMatrix.From(request), post, options).PValue(effect);
    }

    public static ConformalResult Test(SyntheticControlRequest request, ConformalOptions options)
    {
        Validate(options);
        var estimate = SyntheticControl.Fit(request);
        var post = estimate.PostPeriods;
        var test = new ConformalTest(GeoDesignMatrix.From(request), post, options);
        var gaps = estimate.Observed.Skip(estimate.PrePeriods).Select((y, t) => y - estimate.Counterfactual[estimate.PrePeriods + t]);
        var spread = 2 * Math.Sqrt(gaps.Average(g => g * g));
        var pZero = test.PValue(0);
        var (lower, upper) = ConformalInterval.Invert(test.PValue, estimate.Att, spread, pZero, options);
        var observedPost = estimate.Observed.Skip(estimate.PrePeriods).Sum();
        double Lift(double h) => double.IsNaN(h) ? double.NaN : 100 * h * post / Math.Abs(observedPost - (h * post));
        return new ConformalResult(
            pZero, options.Alpha, lower, upper, Lift(lower), Lift(upper), options.Scheme, PermutationCount(options, estimate));
    }

    private static int PermutationCount(ConformalOptions options, SyntheticControlResult estimate) =>
        options.Scheme == PermutationScheme.Iid ? options.Permutations : estimate.PrePeriods + estimate.PostPeriods;

    private static void Validate(ConformalOptions options)
    {
        if (options.Alpha is <= 0 or >= 1 || options.Permutations < 1 || options.GridSize < 3)
        {
            throw new ArgumentException("Alpha must be in (0, 1), Permutations >= 1 and GridSize >= 3.", nameof(options));
        }
    }
}
