using System.Text.Json;
using Attribution.Analytics.Optimization;
using Attribution.Api.Http;
using Attribution.Api.Jobs;

namespace Attribution.Api.Optimization;

/// <summary>
/// The Server's budget optimization job (<see cref="JobKind"/>): <see cref="MmmOptimization.RunAsync"/> (the posterior read
/// once, the recommendation and one task per budget level with <c>Task.WhenAll</c>: the engine calls the Durable
/// orchestration fans out as activities), progress per level, the result saved on the optimization. A failure on the last attempt marks the optimization failed with the reason.
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
            var total = (input.Levels?.Count ?? input.LevelCount) + 1;
            var done = 0;
            var running = MmmOptimization.RunAsync(work, input, context.CancellationToken, (completed, _) => Volatile.Write(ref done, Math.Max(Volatile.Read(ref done), completed)));
            while (await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(1), context.CancellationToken)) != running)
            {
                var solved = Volatile.Read(ref done);
                await context.ReportProgressAsync(solved, total, $"{solved} of {total} steps solved (the recommendation and the budget levels)");
            }

            var result = await running;
            await work.RunAsync(async (session, ct) =>
            {
                await OptimizationStore.CompleteAsync(session, id, result, ct);
                return true;
            }, context.CancellationToken);
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
