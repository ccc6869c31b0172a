using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Optimization;

/// <summary>
/// Turns per-period spends into a <see cref="BudgetAllocation"/>: every response is evaluated exactly over the draws and
/// multiplied by the horizon H (see <see cref="ChannelAllocation"/> and <see cref="BudgetTotals"/> for the formulas).
/// </summary>
internal static class AllocationReport
{
    public static BudgetAllocation Build(BudgetProblem problem, BudgetRequest request, BudgetBounds bounds, double[] spends)
    {
        var curves = problem.Curves.Channels;
        var horizon = problem.HorizonPeriods;
        var draws = problem.Curves.DrawCount;
        var currentTotals = new double[draws];
        var optimizedTotals = new double[draws];
        var current = new double[draws];
        var optimized = new double[draws];
        var allocations = new ChannelAllocation[curves.Count];
        for (var c = 0; c < curves.Count; c++)
        {
            var curve = curves[c];
            var now = problem.Channels[c].CurrentSpendPerPeriod;
            var x = spends[c];
            curve.ResponseDraws(now, current);
            curve.ResponseDraws(x, optimized);
            for (var d = 0; d < draws; d++)
            {
                currentTotals[d] += current[d] * horizon;
                optimizedTotals[d] += optimized[d] * horizon;
            }

            var response = Scaled(optimized, horizon);
            var small = 0.01 * curve.SpendScale;
            allocations[c] = new ChannelAllocation(
                curve.Channel,
                now * horizon,
                x * horizon,
                now > 0 ? 100 * (x - now) / now : x > 0 ? null : 0,
                bounds.Lower[c] * horizon,
                bounds.Upper[c] * horizon,
                bounds.Locked[c],
                current.Average() * horizon,
                response,
                x > 0 ? response.Mean / (x * horizon) : 0,
                x > 0 ? curve.ExactMarginal(x) : curve.ExactResponse(small) / small);
        }

        var currentResponse = currentTotals.Average();
        var optimizedResponse = optimizedTotals.Average();
        var currentSpend = problem.CurrentTotal;
        var recommendedSpend = spends.Sum() * horizon;
        var lift = currentTotals.Select((value, d) => optimizedTotals[d] - value).ToArray();
        var totals = new BudgetTotals(
            currentSpend,
            recommendedSpend,
            currentResponse,
            optimizedResponse,
            currentResponse != 0 ? 100 * (optimizedResponse - currentResponse) / currentResponse : null,
            currentSpend > 0 ? currentResponse / currentSpend : 0,
            recommendedSpend > 0 ? optimizedResponse / recommendedSpend : 0,
            MmmEstimate.From([.. lift]),
            lift.Count(l => l > 0) / (double)draws);
        return new BudgetAllocation(request.Scenario, request.Scenario == BudgetScenario.FixedBudget ? null : request.Target, horizon, allocations, totals, []);
    }

    private static MmmEstimate Scaled(double[] draws, double horizon) => MmmEstimate.From(draws.Select(r => r * horizon).ToArray());
}
