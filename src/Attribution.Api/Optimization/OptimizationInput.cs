using Attribution.Analytics.Optimization;

namespace Attribution.Api.Optimization;

/// <summary>
/// A budget question about one completed model, as the workflow steps take it (small: the posterior stays in PostgreSQL):
/// the engine's request, the horizon in weeks and the frontier's budget levels (over the horizon).
/// </summary>
public sealed record OptimizationInput(Guid TenantId, Guid ModelId, BudgetRequest Request, double HorizonWeeks, IReadOnlyList<double>? Levels, int LevelCount);
