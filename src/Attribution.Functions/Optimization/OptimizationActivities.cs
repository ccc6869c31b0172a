using Attribution.Analytics.Optimization;
using Attribution.Api.Optimization;
using Attribution.Api.Tenancy;
using Microsoft.Azure.Functions.Worker;
using Npgsql;

namespace Attribution.Functions.Optimization;

/// <summary>The budget optimization activities: each calls one <see cref="MmmOptimization"/> step in the input's tenant.</summary>
public sealed class OptimizationActivities(NpgsqlDataSource database)
{
    public const string Levels = "OptimizationLevels";
    public const string Recommend = "OptimizationRecommend";
    public const string SolveLevel = "OptimizationSolveLevel";
    public const string Save = "OptimizationSave";

    [Function(Levels)]
    public async Task<double[]> LevelsAsync([ActivityTrigger] OptimizationInput input, FunctionContext context) =>
        [.. await MmmOptimization.LevelsAsync(new TenantTransactions(database, input.TenantId), input, context.CancellationToken)];

    [Function(Recommend)]
    public Task<BudgetAllocation> RecommendAsync([ActivityTrigger] OptimizationInput input, FunctionContext context) =>
        MmmOptimization.RecommendAsync(new TenantTransactions(database, input.TenantId), input, context.CancellationToken);

    [Function(SolveLevel)]
    public Task<BudgetFrontierPoint?> SolveLevelAsync([ActivityTrigger] OptimizationLevelInput input, FunctionContext context) =>
        MmmOptimization.SolveLevelAsync(new TenantTransactions(database, input.Optimization.TenantId), input, context.CancellationToken);

    [Function(Save)]
    public Task<OptimizationResult> SaveAsync([ActivityTrigger] OptimizationOutcome outcome, FunctionContext context) =>
        MmmOptimization.SaveAsync(new TenantTransactions(database, outcome.Input.TenantId), outcome, context.CancellationToken);
}
