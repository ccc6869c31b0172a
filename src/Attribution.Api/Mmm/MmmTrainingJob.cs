using System.Text.Json;
using Attribution.Api.Http;
using Attribution.Api.Jobs;
using Microsoft.Extensions.Logging;

namespace Attribution.Api.Mmm;

/// <summary>
/// The Server's MMM training job (<see cref="Kind"/>): <see cref="MmmTraining"/>'s steps with the chains in parallel
/// (<c>Task.WhenAll</c>), progress per chain reported to the job about once a second. A failure on the last attempt
/// marks the model failed with the reason; the model route then shows it.
/// </summary>
public sealed partial class MmmTrainingJob(ILogger<MmmTrainingJob> logger) : IJobHandler
{
    public const string JobKind = "mmm.train";
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(1);

    public string Kind => JobKind;

    public int MaxAttempts => 2;

    public async Task<JsonElement?> RunAsync(JobContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var modelId = context.ReadInput<MmmJobInput>().ModelId;
        var work = new JobTenantWork(context);
        try
        {
            var prepared = await MmmTraining.PrepareAsync(work, modelId, context.CancellationToken);
            var progress = new MmmChainProgress(prepared.Chains, prepared.IterationsPerChain);
            await context.ReportProgressAsync(0, progress.Total, "sampling");
            var chains = Task.WhenAll(Enumerable.Range(0, prepared.Chains).Select(async chain =>
            {
                var outcome = await MmmTraining.SampleChainAsync(work, modelId, chain, progress.For(chain), context.CancellationToken);
                progress.Finish(chain);
                return outcome;
            }));
            while (await Task.WhenAny(chains, Task.Delay(ReportEvery, context.CancellationToken)) != chains)
            {
                await context.ReportProgressAsync(progress.Completed, progress.Total, progress.Message());
            }

            var outcomes = await chains;
            await context.ReportProgressAsync(progress.Total, progress.Total, "combining chains");
            var result = await MmmTraining.FinalizeAsync(work, modelId, context.CancellationToken);
            LogTrained(logger, modelId, outcomes.Length, result.MaxRhat, result.Divergences);
            context.SetResultUri(MmmRoutes.ModelUri(modelId));
            return JsonSerializer.SerializeToElement(result, ApiJson.Options);
        }
        catch (Exception error) when (error is not (OperationCanceledException or JobLeaseLostException) && context.Attempt >= MaxAttempts)
        {
            LogFailed(logger, error, modelId);
            await MmmTraining.FailAsync(work, modelId, error is Analytics.Mmm.MmmInputException ? error.Message : "Training failed; see the job for details.", context.CancellationToken);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trained MMM {ModelId}: {Chains} chains, max R-hat {MaxRhat:F3}, {Divergences} divergences")]
    private static partial void LogTrained(ILogger logger, Guid modelId, int chains, double maxRhat, int divergences);

    [LoggerMessage(Level = LogLevel.Error, Message = "MMM training of {ModelId} failed on its last attempt")]
    private static partial void LogFailed(ILogger logger, Exception error, Guid modelId);
}
