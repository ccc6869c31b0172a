using Attribution.Api.Mmm;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Attribution.Functions.Mmm;

/// <summary>
/// MMM training on Durable Functions (DESIGN.md section 6): prepare -> one activity per chain, all at once -> finalize.
/// Only calls activities; the custom status carries the progress (chains finished of all).
/// </summary>
public static class MmmTrainingOrchestrator
{
    public const string Name = nameof(MmmTrainingOrchestrator);

    /// <summary>Each activity is tried up to three times, 10 s apart then doubling (a chain replaces its earlier draws).</summary>
    public static TaskOptions Retry { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(10), 2.0));

    [Function(Name)]
    public static async Task<MmmTrainingResult> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<MmmTrainingInput>() ?? throw new InvalidOperationException("The orchestration has no input.");
        try
        {
            return await TrainAsync(context, input);
        }
        catch (TaskFailedException failure)
        {
            await context.CallActivityAsync(MmmActivities.Fail, new MmmFailure(input.TenantId, input.ModelId, failure.FailureDetails.ErrorMessage), Retry);
            throw;
        }
    }

    private static async Task<MmmTrainingResult> TrainAsync(TaskOrchestrationContext context, MmmTrainingInput input)
    {
        var prepared = await context.CallActivityAsync<MmmPrepared>(MmmActivities.Prepare, input, Retry);
        context.SetCustomStatus(new MmmTrainingStatus(0, prepared.Chains, "sampling"));
        var pending = Enumerable.Range(0, prepared.Chains)
            .Select(chain => context.CallActivityAsync<MmmChainOutcome>(MmmActivities.SampleChain, new MmmChainInput(input.TenantId, input.ModelId, chain), Retry))
            .ToList();
        var finished = 0;
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            await done;
            context.SetCustomStatus(new MmmTrainingStatus(++finished, prepared.Chains, $"chain {finished} of {prepared.Chains} finished"));
        }

        var result = await context.CallActivityAsync<MmmTrainingResult>(MmmActivities.Finalize, input, Retry);
        context.SetCustomStatus(new MmmTrainingStatus(prepared.Chains, prepared.Chains, "completed"));
        return result;
    }
}
