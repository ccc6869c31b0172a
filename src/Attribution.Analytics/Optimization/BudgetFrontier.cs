namespace Attribution.Analytics.Optimization;

/// <summary>
/// The response/budget frontier: <see cref="Levels"/> gives the budget levels to fan out (each solved independently by
/// <see cref="BudgetOptimizer.SolveLevel"/>), <see cref="Assemble"/> puts the solved points next to the recommendation.
/// </summary>
public static class BudgetFrontier
{
    public const int DefaultCount = 21;

    /// <summary>
    /// <paramref name="count"/> budgets evenly spaced from <paramref name="from"/> to <paramref name="to"/> times
    /// <paramref name="currentTotal"/>: <c>B_i = currentTotal (from + i (to - from) / (count - 1))</c>, i = 0..count-1
    /// (default 21 levels from 50% to 150%, steps of 5%; one level is <c>from</c>).
    /// </summary>
    public static double[] Levels(double currentTotal, int count = DefaultCount, double from = 0.5, double to = 1.5)
    {
        if (!(currentTotal >= 0 && double.IsFinite(currentTotal)))
        {
            throw new ArgumentOutOfRangeException(nameof(currentTotal), currentTotal, "The current total must be finite and non-negative.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!(from >= 0 && to >= from && double.IsFinite(to)))
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "The levels need 0 <= from <= to.");
        }

        return Enumerable.Range(0, count).Select(i => currentTotal * (count == 1 ? from : from + ((to - from) * i / (count - 1)))).ToArray();
    }

    /// <summary>
    /// <paramref name="recommendation"/> with its <see cref="BudgetAllocation.Frontier"/> set to the feasible
    /// <paramref name="points"/> (null ones, levels the request's constraints cannot meet, are left out) ascending by budget.
    /// </summary>
    public static BudgetAllocation Assemble(BudgetAllocation recommendation, IEnumerable<BudgetFrontierPoint?> points)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(points);
        return recommendation with { Frontier = [.. points.OfType<BudgetFrontierPoint>().OrderBy(p => p.Budget)] };
    }
}
