namespace Attribution.Analytics.Optimization;

/// <summary>
/// A budget question. <paramref name="TotalBudget"/> is the total spend over the problem's horizon
/// (<see cref="BudgetProblem.HorizonPeriods"/>), like every spend in requests and results: the budget to spend for
/// <see cref="BudgetScenario.FixedBudget"/>, the most that may be spent for the target scenarios.
/// <paramref name="Target"/> is the ROI or marginal ROI to reach (response per unit of spend; required and &gt;= 0 for the
/// target scenarios, ignored otherwise). <paramref name="Constraints"/> are keyed by channel name.
/// </summary>
/// <remarks>
/// Default bounds, after Google Meridian's budget optimizer (spend constraints relative to the historical allocation
/// scaled to the budget): each channel may move <see cref="DefaultBoundShare"/> (30%) either way around its reference
/// spend, the current allocation scaled to the budget (locked channels keep their current spend and the others share the
/// rest in proportion to their current spend); for the target scenarios the reference is the current allocation itself.
/// </remarks>
public sealed record BudgetRequest(
    double TotalBudget,
    BudgetScenario Scenario = BudgetScenario.FixedBudget,
    double? Target = null,
    IReadOnlyDictionary<string, ChannelConstraint>? Constraints = null)
{
    /// <summary>How far (as a share of its reference spend) a channel may move by default: 0.3.</summary>
    public const double DefaultBoundShare = 0.3;
}
