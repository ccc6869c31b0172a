using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Optimization;

/// <summary>
/// Totals over the horizon: spends, expected responses of the current and the recommended allocation (posterior means),
/// <c>LiftPercent = 100 (optimized - current) / current</c> (null when the current response is 0), the ROIs, and
/// <see cref="Lift"/>, the per-draw difference <c>optimized - current</c> summarised as mean and 90% interval, with
/// <see cref="LiftProbability"/> the share of draws in which the recommendation does better.
/// </summary>
public sealed record BudgetTotals(
    double CurrentSpend,
    double RecommendedSpend,
    double CurrentResponse,
    double OptimizedResponse,
    double? LiftPercent,
    double CurrentRoi,
    double OptimizedRoi,
    MmmEstimate Lift,
    double LiftProbability);
