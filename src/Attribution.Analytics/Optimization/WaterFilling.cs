namespace Attribution.Analytics.Optimization;

/// <summary>
/// The exact optimum of <c>max sum_c f_c(x_c)</c> subject to <c>sum_c x_c = B</c> and <c>l_c &lt;= x_c &lt;= u_c</c> for
/// concave f_c. By the KKT conditions there is a multiplier lambda (the common marginal ROI) with
/// <c>x_c(lambda) = u_c</c> if <c>f_c'(u_c) &gt;= lambda</c>, <c>l_c</c> if <c>f_c'(l_c) &lt;= lambda</c>, and otherwise the
/// root of <c>f_c'(x) = lambda</c> (found by bisection on ln x, f_c' decreasing); <c>S(lambda) = sum_c x_c(lambda)</c> is
/// non-increasing, so lambda is found by bisection until its bracket [a, b] is relatively 1e-15 wide, and the answer is
/// the convex combination of x(a) and x(b) that sums to B exactly (within the bounds, since both ends are).
/// </summary>
/// <remarks>
/// Boyd and Vandenberghe (2004), "Convex Optimization", section 5.5.3 (KKT conditions) and exercise 5.2's water-filling
/// solution; Ibaraki and Katoh (1988), "Resource Allocation Problems: Algorithmic Approaches", chapter 2 (the continuous
/// resource allocation problem with bounds solved through its multiplier).
/// </remarks>
internal static class WaterFilling
{
    private const int RootIterations = 56;

    public static double[] Solve(IReadOnlyList<ResponseCurve> curves, double[] lower, double[] upper, double budget)
    {
        var count = curves.Count;
        var low = double.PositiveInfinity;
        var high = 0.0;
        for (var c = 0; c < count; c++)
        {
            low = Math.Min(low, curves[c].Marginal(upper[c]));
            high = Math.Max(high, curves[c].Marginal(lower[c]));
        }

        low = Math.Max(low, 0);
        if (!double.IsFinite(high))
        {
            high = Math.Max(1, 2 * low);
            while (Sum(curves, lower, upper, high) > budget && high < 1e300)
            {
                high *= 16;
            }
        }

        var atLow = Spends(curves, lower, upper, low);
        var atHigh = Spends(curves, lower, upper, high);
        for (var i = 0; i < 400 && high - low > 1e-15 * high; i++)
        {
            var middle = low > 0 ? Math.Sqrt(low * high) : 0.5 * high;
            middle = middle > low && middle < high ? middle : 0.5 * (low + high);
            var spends = Spends(curves, lower, upper, middle);
            if (spends.Sum() >= budget)
            {
                (low, atLow) = (middle, spends);
            }
            else
            {
                (high, atHigh) = (middle, spends);
            }
        }

        var sumLow = atLow.Sum();
        var sumHigh = atHigh.Sum();
        var theta = sumLow > sumHigh ? Math.Clamp((budget - sumHigh) / (sumLow - sumHigh), 0, 1) : 1;
        return atLow.Select((x, c) => Math.Clamp(atHigh[c] + (theta * (x - atHigh[c])), lower[c], upper[c])).ToArray();
    }

    /// <summary>The spend in [<paramref name="lower"/>, <paramref name="upper"/>] where a concave curve's marginal ROI equals <paramref name="lambda"/>.</summary>
    public static double SpendAt(ResponseCurve curve, double lower, double upper, double lambda)
    {
        if (upper <= lower || curve.Marginal(upper) >= lambda)
        {
            return upper;
        }

        if (curve.Marginal(lower) <= lambda)
        {
            return lower;
        }

        var a = lower > 0 ? Math.Log(lower) : Math.Log(upper) - 40;
        var b = Math.Log(upper);
        for (var i = 0; i < RootIterations; i++)
        {
            var middle = 0.5 * (a + b);
            if (curve.Marginal(Math.Exp(middle)) > lambda)
            {
                a = middle;
            }
            else
            {
                b = middle;
            }
        }

        return Math.Clamp(Math.Exp(0.5 * (a + b)), lower, upper);
    }

    private static double[] Spends(IReadOnlyList<ResponseCurve> curves, double[] lower, double[] upper, double lambda)
    {
        var spends = new double[curves.Count];
        for (var c = 0; c < spends.Length; c++)
        {
            spends[c] = SpendAt(curves[c], lower[c], upper[c], lambda);
        }

        return spends;
    }

    private static double Sum(IReadOnlyList<ResponseCurve> curves, double[] lower, double[] upper, double lambda) => Spends(curves, lower, upper, lambda).Sum();
}
