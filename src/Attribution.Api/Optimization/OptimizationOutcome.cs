using Attribution.Analytics.Optimization;

namespace Attribution.Api.Optimization;

/// <summary>What the fan-out produced for an optimization: the recommendation and the solved levels (null: infeasible), to assemble and save.</summary>
public sealed record OptimizationOutcome(Guid OptimizationId, OptimizationInput Input, BudgetAllocation Recommendation, IReadOnlyList<BudgetFrontierPoint?> Levels);
