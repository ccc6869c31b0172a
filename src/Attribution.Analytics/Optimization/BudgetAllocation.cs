namespace Attribution.Analytics.Optimization;

/// <summary>
/// The optimizer's answer: the scenario and target it answered, the horizon in periods, per-channel
/// <see cref="Allocations"/> in the problem's channel order, <see cref="Totals"/>, and the response/budget
/// <see cref="Frontier"/> ascending by budget (empty until <see cref="BudgetFrontier.Assemble"/> adds it). Every spend and
/// response is over the horizon.
/// </summary>
public sealed record BudgetAllocation(
    BudgetScenario Scenario,
    double? Target,
    double HorizonPeriods,
    IReadOnlyList<ChannelAllocation> Allocations,
    BudgetTotals Totals,
    IReadOnlyList<BudgetFrontierPoint> Frontier);
