using Attribution.Analytics.Mmm;
using Attribution.Analytics.Mmm.Sampling;
using Attribution.Api.Tenancy;

namespace Attribution.Api.Mmm;

/// <summary>
/// The workflow steps of MMM training (DESIGN.md section 6), shared by the Server's job and the Durable orchestration:
/// <see cref="PrepareAsync"/> -> one <see cref="SampleChainAsync"/> per chain (in parallel) -> <see cref="FinalizeAsync"/>.
/// Steps take and return small records; the dataset (frozen when the run was requested) and the draws stay in PostgreSQL.
/// Each step may be repeated after a failure: a chain replaces its earlier draws, finalize rewrites the outcome.
/// </summary>
public static class MmmTraining
{
    /// <summary>
    /// Aggregates the tenant's spend and revenue for the run's channels and range (<see cref="MmmDatasetBuilder"/>, weekly
    /// by default), checks them with the engine's validation, freezes the dataset on the model (every chain and the
    /// finalize step read that copy, whatever data arrives meanwhile) and marks the run running.
    /// </summary>
    public static Task<MmmPrepared> PrepareAsync(ITenantUnitOfWork work, Guid modelId, CancellationToken cancellationToken) =>
        work.RunAsync(async (session, ct) =>
        {
            var (run, config) = await MmmModelStore.ReadRunAsync(session, modelId, ct);
            var dataset = await MmmDatasetBuilder.BuildAsync(session, run.Channels, run.Start, run.End, run.Granularity, ct);
            var problem = MmmFitter.Prepare(dataset, Options(config));
            await MmmModelStore.SaveDatasetAsync(session, modelId, dataset, ct);
            if (!await MmmModelStore.MarkRunningAsync(session, modelId, 0.05, ct))
            {
                throw new InvalidOperationException($"MMM model {modelId} is no longer queued or running.");
            }

            return new MmmPrepared(modelId, config.Chains, config.Warmup + config.Draws, problem.Dataset.Periods.Count, problem.Dataset.Channels.Count);
        }, cancellationToken);

    /// <summary>Runs one chain (outside any transaction: it is CPU work) and stores its draws and statistics.</summary>
    public static async Task<MmmChainOutcome> SampleChainAsync(
        ITenantUnitOfWork work, Guid modelId, int chain, IProgress<SamplerProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var (config, dataset, _) = await work.RunAsync((session, ct) => MmmModelStore.ReadInputsAsync(session, modelId, ct), cancellationToken);
        if (chain < 0 || chain >= config.Chains)
        {
            throw new ArgumentOutOfRangeException(nameof(chain), chain, $"Model {modelId} has {config.Chains} chains.");
        }

        var problem = MmmFitter.Prepare(dataset, Options(config));
        // A chain is seconds to minutes of CPU: its own thread (LongRunning), so it does not hold a thread-pool thread that
        // request handling, lease heartbeats and timers need.
        var result = await Task.Factory.StartNew(
            () => MmmFitter.SampleChain(problem, chain, progress, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await work.RunAsync(async (session, ct) =>
        {
            await MmmDrawStore.WriteChainAsync(session, modelId, result, ct);
            await MmmDrawStore.ReportChainDoneAsync(session, modelId, config.Chains, ct);
            return true;
        }, cancellationToken);
        return new MmmChainOutcome(chain, result.Draws.Length, result.Divergences, result.StepSize, result.GradientEvaluations);
    }

    /// <summary>Combines the stored chains: diagnostics, fit metrics and per-channel results, saved on the model.</summary>
    public static async Task<MmmTrainingResult> FinalizeAsync(ITenantUnitOfWork work, Guid modelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var (config, dataset, chains) = await work.RunAsync(async (session, ct) =>
        {
            var (runConfig, data, _) = await MmmModelStore.ReadInputsAsync(session, modelId, ct);
            return (runConfig, data, await MmmDrawStore.ReadChainsAsync(session, modelId, ct));
        }, cancellationToken);
        if (chains.Count != config.Chains)
        {
            throw new InvalidOperationException($"MMM model {modelId} has {chains.Count} of its {config.Chains} chains stored.");
        }

        var problem = MmmFitter.Prepare(dataset, Options(config));
        var fit = await Task.Run(() => MmmFitter.Summarize(problem, chains), cancellationToken);
        await work.RunAsync(async (session, ct) =>
        {
            await MmmModelStore.CompleteAsync(session, modelId, fit, ct);
            return true;
        }, cancellationToken);
        var diagnostics = fit.Diagnostics;
        return new MmmTrainingResult(modelId, diagnostics.MaxRhat, diagnostics.MinEss, diagnostics.Divergences, diagnostics.Converged, fit.Warnings.Count);
    }

    /// <summary>Marks the run failed with a message for the user (a completed run stays completed).</summary>
    public static Task FailAsync(ITenantUnitOfWork work, Guid modelId, string error, CancellationToken cancellationToken) =>
        work.RunAsync(async (session, ct) =>
        {
            await MmmModelStore.FailAsync(session, modelId, error, ct);
            return true;
        }, cancellationToken);

    internal static MmmOptions Options(MmmRunConfig config) =>
        new(config.Chains, config.Draws, config.Warmup, unchecked((ulong)config.Seed));
}
