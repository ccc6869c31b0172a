namespace Attribution.Analytics.Optimization;

/// <summary>
/// The target-marginal-ROI spend of one channel: <c>x = argmax over [l, u] of f(x) - t x</c>, i.e. spend until the
/// marginal ROI falls to the target t. Candidates are l, u and every downward crossing of <c>f'(x) = t</c> (found between
/// the table's nodes, then by 56 bisections on ln x); for a concave curve this is <c>f'(x) = t</c> clamped to the bounds,
/// and a channel whose S-curve never pays back at t stays at its minimum.
/// </summary>
/// <remarks>
/// The channel's Lagrangian subproblem at multiplier t (Everett (1963), "Generalized Lagrange multiplier method for
/// solving problems of optimum allocation of resources", Operations Research 11(3): its solution is optimal for the
/// budget it spends); Google Meridian, budget optimization scenarios ("flexible budget: target marginal ROI").
/// </remarks>
internal static class MarginalRoiTarget
{
    private const int RootIterations = 56;

    public static double Spend(ResponseCurve curve, double lower, double upper, double target)
    {
        if (upper <= lower)
        {
            return lower;
        }

        var (best, value) = (lower, curve.Response(lower) - (target * lower));
        var points = curve.Points(lower, upper);
        var previous = points[0];
        var above = curve.Marginal(previous) >= target;
        foreach (var x in points.Skip(1))
        {
            var marginal = curve.Marginal(x);
            var candidate = above && marginal < target ? Crossing(curve, previous, x, target) : x;
            var net = curve.Response(candidate) - (target * candidate);
            if (net > value)
            {
                (best, value) = (candidate, net);
            }

            (previous, above) = (x, marginal >= target);
        }

        return best;
    }

    private static double Crossing(ResponseCurve curve, double low, double high, double target)
    {
        var a = low > 0 ? Math.Log(low) : Math.Log(high) - 40;
        var b = Math.Log(high);
        for (var i = 0; i < RootIterations; i++)
        {
            var middle = 0.5 * (a + b);
            (a, b) = curve.Marginal(Math.Exp(middle)) >= target ? (middle, b) : (a, middle);
        }

        return Math.Exp(a);
    }
}
