namespace Attribution.Analytics.Optimization;

/// <summary>
/// Budget allocation over a fitted model's posterior: maximise the expected response <c>H sum_c f_c(x_c)</c> (f_c the
/// posterior-mean steady-state response per period of <see cref="ResponseCurve"/>, x_c the spend per period, H the
/// horizon) subject to the budget and per-channel bounds (<see cref="BudgetRequest"/>). Concave curves are solved
/// exactly by equal marginal ROI (<c>f_c'(x_c) = lambda</c> for every channel strictly inside its bounds, water-filling
/// with bisection on lambda); S-shaped ones by dynamic programming on a 1,000-unit response grid (global on the grid) and
/// greedy pairwise hill-climbing with halving steps. Every allocation at a given budget (fixed budget, frontier levels,
/// the target-ROI answer) is never worse than the reference allocation (the current allocation scaled to the budget)
/// when that is feasible. Scenarios:
/// <see cref="BudgetScenario.FixedBudget"/> spends exactly <c>TotalBudget</c>; <see cref="BudgetScenario.TargetRoi"/>
/// spends the largest budget B &lt;= TotalBudget within the bounds whose optimized ROI <c>sum_c f_c / B</c> is at least the
/// target; <see cref="BudgetScenario.TargetMarginalRoi"/> sets each channel to <c>argmax f_c(x) - t x</c> on its bounds
/// (spend until its marginal ROI falls to t), or to the fixed-budget optimum at TotalBudget when that would spend more.
/// For the target scenarios the default bounds are around the current allocation.
/// </summary>
/// <remarks>
/// KKT conditions and water-filling: Boyd and Vandenberghe (2004), "Convex Optimization", section 5.5.3. Resource
/// allocation by multiplier, dynamic programming and marginal analysis: Ibaraki and Katoh (1988), "Resource Allocation
/// Problems: Algorithmic Approaches". Scenarios and default bounds (+-30% around the historical allocation scaled to the
/// budget): Google Meridian, "Budget optimization scenarios" and <c>BudgetOptimizer.optimize</c>; Meta Robyn's
/// <c>robyn_allocator</c> ("max_response" and "target_efficiency" scenarios).
/// </remarks>
public static class BudgetOptimizer
{
    /// <summary>The recommendation for <paramref name="request"/> (without the frontier; see <see cref="BudgetFrontier"/>).</summary>
    public static BudgetAllocation Optimize(BudgetProblem problem, BudgetRequest request)
    {
        BudgetRequestValidator.Validate(problem, request);
        var curves = problem.Curves.Channels;
        var cap = request.TotalBudget / problem.HorizonPeriods;
        var current = problem.Channels.Sum(c => c.CurrentSpendPerPeriod);
        var bounds = BudgetBounds.Resolve(problem, request, request.Scenario == BudgetScenario.FixedBudget ? cap : current);
        double[] spends;
        if (request.Scenario == BudgetScenario.FixedBudget)
        {
            Check(bounds, cap, problem.HorizonPeriods, capOnly: false);
            spends = SpendAllocator.Allocate(curves, bounds, cap);
        }
        else
        {
            Check(bounds, cap, problem.HorizonPeriods, capOnly: true);
            var target = request.Target!.Value;
            if (request.Scenario == BudgetScenario.TargetRoi)
            {
                spends = SpendAllocator.Allocate(curves, bounds, TargetRoiSearch.Budget(curves, bounds, cap, target));
            }
            else
            {
                spends = [.. curves.Select((curve, c) => MarginalRoiTarget.Spend(curve, bounds.Lower[c], bounds.Upper[c], target))];
                if (spends.Sum() > cap)
                {
                    spends = SpendAllocator.Allocate(curves, bounds, Math.Min(cap, bounds.UpperTotal));
                }
            }
        }

        return AllocationReport.Build(problem, request, bounds, spends);
    }

    /// <summary>
    /// One frontier level, a pure function of its inputs (the fan-out unit): the fixed-budget optimum at
    /// <paramref name="budget"/> (over the horizon) under the request's constraints, with default bounds around the current
    /// allocation scaled to that budget; null when the constraints cannot meet that budget. The request's scenario and
    /// total budget are ignored; its constraints are validated.
    /// </summary>
    public static BudgetFrontierPoint? SolveLevel(BudgetProblem problem, BudgetRequest request, double budget)
    {
        ArgumentNullException.ThrowIfNull(request);
        BudgetRequestValidator.Validate(problem, request with { TotalBudget = budget, Scenario = BudgetScenario.FixedBudget });
        var perPeriod = budget / problem.HorizonPeriods;
        var bounds = BudgetBounds.Resolve(problem, request, perPeriod);
        if (!Feasible(bounds, perPeriod))
        {
            return null;
        }

        var response = SpendAllocator.ExactTotal(problem.Curves.Channels, SpendAllocator.Allocate(problem.Curves.Channels, bounds, perPeriod)) * problem.HorizonPeriods;
        return new BudgetFrontierPoint(budget, response, budget > 0 ? response / budget : 0);
    }

    /// <summary>
    /// <see cref="Optimize"/> plus the frontier over <paramref name="levels"/> (default <see cref="BudgetFrontier.Levels"/>
    /// of the current total), solved one after the other in this call.
    /// </summary>
    public static BudgetAllocation OptimizeWithFrontier(BudgetProblem problem, BudgetRequest request, IReadOnlyList<double>? levels = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var recommendation = Optimize(problem, request);
        var budgets = levels ?? BudgetFrontier.Levels(problem.CurrentTotal);
        return BudgetFrontier.Assemble(recommendation, budgets.Select(b => SolveLevel(problem, request, b)));
    }

    private static bool Feasible(BudgetBounds bounds, double budget)
    {
        var tolerance = 1e-12 * Math.Max(budget, bounds.UpperTotal);
        return budget >= bounds.LowerTotal - tolerance && budget <= bounds.UpperTotal + tolerance;
    }

    private static void Check(BudgetBounds bounds, double budget, double horizon, bool capOnly)
    {
        var tolerance = 1e-12 * Math.Max(budget, bounds.UpperTotal);
        if (budget < bounds.LowerTotal - tolerance)
        {
            throw new BudgetInfeasibleException("totalBudget", $"The total budget {budget * horizon:G6} is below the sum of the channels' minimum (or locked) spends, {bounds.LowerTotal * horizon:G6}.");
        }

        if (!capOnly && budget > bounds.UpperTotal + tolerance)
        {
            throw new BudgetInfeasibleException("totalBudget", $"The total budget {budget * horizon:G6} is above the sum of the channels' maximum (or locked) spends, {bounds.UpperTotal * horizon:G6}.");
        }
    }
}
