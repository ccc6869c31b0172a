namespace Attribution.Analytics.Optimization;

/// <summary>
/// Maximises <c>sum_c f_c(x_c)</c> subject to <c>sum_c x_c = B</c> and the bounds (per period): by
/// <see cref="WaterFilling"/> (exact) when every curve is concave on its bounds, otherwise by <see cref="GridAllocator"/>
/// followed by <see cref="ExchangeRefinement"/>. The candidate is then compared, on the exact mean over the draws, with
/// the reference allocation when that is feasible, and the better one is returned, so the result is never worse than the
/// (feasible) reference.
/// </summary>
internal static class SpendAllocator
{
    public static double[] Allocate(IReadOnlyList<ResponseCurve> curves, BudgetBounds bounds, double budget)
    {
        var (lower, upper) = (bounds.Lower, bounds.Upper);
        var span = Math.Max(budget, bounds.UpperTotal);
        if (budget <= bounds.LowerTotal + (1e-12 * span))
        {
            return (double[])lower.Clone();
        }

        if (budget >= bounds.UpperTotal - (1e-12 * span))
        {
            return (double[])upper.Clone();
        }

        double[] spends;
        if (Enumerable.Range(0, curves.Count).All(c => curves[c].IsConcaveOn(lower[c], upper[c])))
        {
            spends = WaterFilling.Solve(curves, lower, upper, budget);
        }
        else
        {
            spends = GridAllocator.Solve(curves, lower, upper, budget, out var step);
            ExchangeRefinement.Refine(curves, spends, lower, upper, step);
        }

        return bounds.Admits(bounds.Reference, budget) && ExactTotal(curves, bounds.Reference) > ExactTotal(curves, spends)
            ? (double[])bounds.Reference.Clone()
            : spends;
    }

    /// <summary><c>sum_c f_c(x_c)</c> over every draw (per period).</summary>
    public static double ExactTotal(IReadOnlyList<ResponseCurve> curves, double[] spends) =>
        Enumerable.Range(0, curves.Count).Sum(c => curves[c].ExactResponse(spends[c]));

    /// <summary><c>sum_c f_c(x_c)</c> on the tables (per period).</summary>
    public static double Total(IReadOnlyList<ResponseCurve> curves, double[] spends) =>
        Enumerable.Range(0, curves.Count).Sum(c => curves[c].Response(spends[c]));
}
