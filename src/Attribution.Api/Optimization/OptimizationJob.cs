using System.Text.Json;
using Attribution.Analytics.Optimization;
using Attribution.Api.Http;
using Attribution.Api.Jobs;

namespace Attribution.Api.Optimization;

/// <summary>
/// The Server's budget optimization job (<see cref="JobKind"/>): the recommendation and one task per budget level with
/// <c>Task.WhenAll</c> (the same steps the Durable orchestration fans out), progress per level, the result saved on the
/// optimization. A failure on the last attempt marks the optimization failed with the reason.
/// </summary>
public sealed class OptimizationJob : IJobHandler
{
    public const string JobKind = "mmm.optimize";

    public string Kind => JobKind;

    public int MaxAttempts => 2;

    public async Task<JsonElement?> RunAsync(JobContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.ReadInput<OptimizationJobInput>().OptimizationId;
        var work = new JobTenantWork(context);
        try
        {
            var input = await work.RunAsync(async (session, ct) =>
            {
                await OptimizationStore.RunningAsync(session, id, ct);
                return await OptimizationStore.InputAsync(session, id, ct);
            }, context.CancellationToken);
            var levels = await MmmOptimization.LevelsAsync(work, input, context.CancellationToken);
            await context.ReportProgressAsync(0, levels.Count + 1, "optimizing");
            var done = 0;
            async Task<T> Counted<T>(Task<T> step)
            {
                var value = await step;
                Interlocked.Increment(ref done);
                return value;
            }

            var recommendation = Counted(MmmOptimization.RecommendAsync(work, input, context.CancellationToken));
            var points = Task.WhenAll(levels.Select(budget => Counted(MmmOptimization.SolveLevelAsync(work, new OptimizationLevelInput(input, budget), context.CancellationToken))));
            while (await Task.WhenAny(points, Task.Delay(TimeSpan.FromSeconds(1), context.CancellationToken)) != points)
            {
                await context.ReportProgressAsync(Volatile.Read(ref done), levels.Count + 1, $"{Volatile.Read(ref done)} of {levels.Count + 1} budget levels solved");
            }

            var result = await MmmOptimization.SaveAsync(work, new OptimizationOutcome(id, input, await recommendation, await points), context.CancellationToken);
            context.SetResultUri(OptimizationRoutes.ResultUri(id));
            return JsonSerializer.SerializeToElement(new { optimizationId = id, result.Totals.LiftPercent }, ApiJson.Options);
        }
        catch (Exception error) when (error is not (OperationCanceledException or JobLeaseLostException) && context.Attempt >= MaxAttempts)
        {
            var message = error is BudgetInfeasibleException ? error.Message : "The optimization failed; see the job for details.";
            await work.RunAsync(async (session, ct) =>
            {
                await OptimizationStore.FailAsync(session, id, message, ct);
                return true;
            }, context.CancellationToken);
            throw;
        }
    }
}
