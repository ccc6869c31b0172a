using Attribution.Analytics.Optimization;

namespace Attribution.Api.Optimization;

/// <summary>
/// The optimize route's answer (DESIGN.md section 3): the model it used, the horizon, per-channel allocations, totals and
/// the response/budget frontier (every spend and response over the horizon).
/// </summary>
public sealed record OptimizationResult(
    Guid ModelId,
    BudgetScenario Scenario,
    double? Target,
    double HorizonWeeks,
    IReadOnlyList<ChannelAllocation> Allocations,
    BudgetTotals Totals,
    IReadOnlyList<BudgetFrontierPoint> Frontier)
{
    public static OptimizationResult From(Guid modelId, double horizonWeeks, BudgetAllocation allocation) =>
        new(modelId, allocation.Scenario, allocation.Target, horizonWeeks, allocation.Allocations, allocation.Totals, allocation.Frontier);
}
