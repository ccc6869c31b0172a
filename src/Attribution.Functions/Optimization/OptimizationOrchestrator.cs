using Attribution.Analytics.Optimization;
using Attribution.Api.Optimization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Attribution.Functions.Optimization;

/// <summary>
/// Budget optimization on Durable Functions (DESIGN.md section 6): the levels, then the recommendation and one activity
/// per budget level all at once, then the assembled result saved. Only calls activities; the custom status carries the
/// levels solved.
/// </summary>
public static class OptimizationOrchestrator
{
    public const string Name = nameof(OptimizationOrchestrator);

    /// <summary>Each activity is tried up to three times, 5 s apart then doubling.</summary>
    public static TaskOptions Retry { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(5), 2.0));

    [Function(Name)]
    public static async Task<OptimizationResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.GetInput<OptimizationRun>() ?? throw new InvalidOperationException("The orchestration has no input.");
        var levels = await context.CallActivityAsync<double[]>(OptimizationActivities.Levels, job.Input, Retry);
        context.SetCustomStatus(new OptimizationStatus(0, levels.Length + 1, "optimizing"));
        var recommendation = context.CallActivityAsync<BudgetAllocation>(OptimizationActivities.Recommend, job.Input, Retry);
        var points = levels
            .Select(budget => context.CallActivityAsync<BudgetFrontierPoint?>(OptimizationActivities.SolveLevel, new OptimizationLevelInput(job.Input, budget), Retry))
            .ToList();
        var solved = await Task.WhenAll(points);
        var result = await context.CallActivityAsync<OptimizationResult>(
            OptimizationActivities.Save, new OptimizationOutcome(job.OptimizationId, job.Input, await recommendation, solved), Retry);
        context.SetCustomStatus(new OptimizationStatus(levels.Length + 1, levels.Length + 1, "completed"));
        return result;
    }
}
