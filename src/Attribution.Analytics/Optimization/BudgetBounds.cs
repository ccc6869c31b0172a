namespace Attribution.Analytics.Optimization;

/// <summary>
/// Per-period spend bounds [<paramref name="Lower"/>, <paramref name="Upper"/>] and the reference allocation of one
/// request at a reference budget B (per period): locked channels keep their current spend x0; the others share
/// <c>B - sum_locked x0</c> in proportion to x0 (equally when they all spend nothing), giving the reference r; a channel's
/// default bounds are <c>(1 -+ 0.3) r</c>, a given min or max (over the horizon, divided by H) replaces its default, and a
/// default is clipped so that lower &lt;= upper. Locked channels are bounded to x0.
/// </summary>
internal sealed record BudgetBounds(double[] Lower, double[] Upper, double[] Reference, bool[] Locked)
{
    public double LowerTotal => Lower.Sum();

    public double UpperTotal => Upper.Sum();

    /// <summary>The bounds of a validated <paramref name="request"/> around the reference at <paramref name="referenceBudget"/> per period.</summary>
    public static BudgetBounds Resolve(BudgetProblem problem, BudgetRequest request, double referenceBudget)
    {
        var channels = problem.Channels;
        var count = channels.Count;
        var constraints = channels.Select(c => request.Constraints?.GetValueOrDefault(c.Name)).ToArray();
        var locked = constraints.Select(c => c?.Locked == true).ToArray();
        var current = channels.Select(c => c.CurrentSpendPerPeriod).ToArray();
        var lockedTotal = Enumerable.Range(0, count).Where(c => locked[c]).Sum(c => current[c]);
        var free = Enumerable.Range(0, count).Where(c => !locked[c]).Sum(c => current[c]);
        var unlocked = locked.Count(l => !l);
        var rest = Math.Max(0, referenceBudget - lockedTotal);
        var reference = new double[count];
        var lower = new double[count];
        var upper = new double[count];
        var horizon = problem.HorizonPeriods;
        for (var c = 0; c < count; c++)
        {
            if (locked[c])
            {
                reference[c] = lower[c] = upper[c] = current[c];
                continue;
            }

            reference[c] = free > 0 ? current[c] * rest / free : rest / unlocked;
            var min = constraints[c]?.Min / horizon;
            var max = constraints[c]?.Max / horizon;
            lower[c] = min ?? (1 - BudgetRequest.DefaultBoundShare) * reference[c];
            upper[c] = max ?? (1 + BudgetRequest.DefaultBoundShare) * reference[c];
            if (min is null)
            {
                lower[c] = Math.Min(lower[c], upper[c]);
            }
            else if (max is null)
            {
                upper[c] = Math.Max(upper[c], lower[c]);
            }
        }

        return new BudgetBounds(lower, upper, reference, locked);
    }

    /// <summary>True when <paramref name="spend"/> lies within the bounds and sums to <paramref name="budget"/> (relative tolerance 1e-9).</summary>
    public bool Admits(double[] spend, double budget)
    {
        var tolerance = 1e-9 * Math.Max(budget, UpperTotal);
        return Math.Abs(spend.Sum() - budget) <= tolerance
            && spend.Select((x, c) => x >= Lower[c] - tolerance && x <= Upper[c] + tolerance).All(ok => ok);
    }
}
