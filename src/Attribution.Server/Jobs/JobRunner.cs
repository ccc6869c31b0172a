using Attribution.Api.Jobs;

namespace Attribution.Server.Jobs;

/// <summary>
/// The Server's job runner (standing in for Durable): polls the job table, claims up to
/// <see cref="JobRunnerOptions.Concurrency"/> runnable jobs of the kinds it has handlers for, and runs each through
/// <see cref="JobExecutor"/>. On stop it cancels the running jobs, which are handed back to the queue.
/// A job whose runner died is claimed again once its lease expires.
/// </summary>
public sealed partial class JobRunner(PostgresJobStore store, JobExecutor executor, JobRunnerOptions options, TimeProvider clock, ILogger<JobRunner> logger)
    : BackgroundService
{
    /// <summary>This runner's identity in lease tokens: machine, process and instance.</summary>
    public string RunnerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (executor.Kinds.Count == 0)
        {
            LogIdle(logger);
            return;
        }

        LogStarting(logger, RunnerId, string.Join(", ", executor.Kinds), options.Concurrency);
        using var slots = new SemaphoreSlim(options.Concurrency);
        var running = new List<Task>();
        try
        {
            while (true)
            {
                await slots.WaitAsync(stoppingToken);
                var lease = await TryClaimAsync(stoppingToken);
                if (lease is null)
                {
                    slots.Release();
                    await Task.Delay(options.PollInterval, clock, stoppingToken);
                    continue;
                }

                running.RemoveAll(task => task.IsCompleted);
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await executor.RunAsync(lease, stoppingToken);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);
    }

    private async Task<JobLease?> TryClaimAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await store.ClaimAsync(RunnerId, executor.Kinds, options.Lease, stoppingToken);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            LogClaimFailed(logger, error);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job runner idle: no job handlers are registered")]
    private static partial void LogIdle(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job runner {RunnerId} running kinds [{Kinds}], {Concurrency} at once")]
    private static partial void LogStarting(ILogger logger, string runnerId, string kinds, int concurrency);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job runner could not claim work; trying again after the poll interval")]
    private static partial void LogClaimFailed(ILogger logger, Exception error);
}
