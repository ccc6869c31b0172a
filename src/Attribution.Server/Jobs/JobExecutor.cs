using System.Text.Json;
using Attribution.Api.Jobs;

namespace Attribution.Server.Jobs;

/// <summary>
/// Runs one claimed job: calls its handler while a heartbeat keeps the lease, then records the outcome, fenced on the
/// lease: completed; failed (queued again with backoff while attempts remain); released when the Server stops;
/// nothing when the run lost the job to another runner.
/// </summary>
public sealed partial class JobExecutor(PostgresJobStore store, IEnumerable<IJobHandler> handlers, JobRunnerOptions options, TimeProvider clock, ILogger<JobExecutor> logger)
{
    private const int MaxErrorLength = 2000;
    private readonly Dictionary<string, IJobHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    /// <summary>The kinds this Server can run (it claims no others).</summary>
    public IReadOnlyCollection<string> Kinds => _handlers.Keys;

    /// <summary>Runs the job to an outcome; never throws (a failure to record the outcome leaves the lease to expire).</summary>
    public async Task RunAsync(JobLease lease, CancellationToken stopping)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(lease, run, stopHeartbeat.Token);
        JsonElement? result = null;
        string? resultUri = null;
        Exception? failure = null;
        try
        {
            LogStarted(logger, lease.JobId, lease.Kind, lease.Attempt);
            var context = new JobContext(lease, store, run.Token);
            result = await _handlers[lease.Kind].RunAsync(context);
            resultUri = context.ResultUri;
        }
        catch (Exception error)
        {
            failure = error;
        }

        await stopHeartbeat.CancelAsync();
        var lost = await heartbeat;
        try
        {
            await RecordAsync(lease, result, resultUri, failure, lost, stopping.IsCancellationRequested);
        }
        catch (Exception error)
        {
            LogRecordFailed(logger, error, lease.JobId);
        }
    }

    private async Task RecordAsync(JobLease lease, JsonElement? result, string? resultUri, Exception? failure, bool lost, bool stopping)
    {
        switch (failure)
        {
            case null:
                if (await store.CompleteAsync(lease, result, resultUri, CancellationToken.None))
                {
                    LogCompleted(logger, lease.JobId, lease.Kind, lease.Attempt);
                }
                else
                {
                    LogLost(logger, lease.JobId);
                }

                break;
            case JobLeaseLostException:
            case OperationCanceledException when lost:
                LogLost(logger, lease.JobId);
                break;
            case OperationCanceledException when stopping:
                if (await store.ReleaseAsync(lease, CancellationToken.None))
                {
                    LogReleased(logger, lease.JobId);
                }

                break;
            default:
                var delay = options.RetryDelay(lease.Attempt);
                var state = await store.FailAsync(lease, Describe(failure), delay, CancellationToken.None);
                LogFailed(logger, failure, lease.JobId, lease.Kind, lease.Attempt, state?.ToString() ?? "lost", delay.TotalSeconds);
                break;
        }
    }

    /// <summary>Extends the lease every third of it until stopped; true when the run lost the job (the run is then cancelled).</summary>
    private async Task<bool> HeartbeatAsync(JobLease lease, CancellationTokenSource run, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.HeartbeatInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    if (!await store.HeartbeatAsync(lease, options.Lease, stop))
                    {
                        await run.CancelAsync();
                        return true;
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogHeartbeatFailed(logger, error, lease.JobId);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        return false;
    }

    /// <summary>The failure's message for the API (no stack trace, no exception type), bounded in length.</summary>
    internal static string Describe(Exception failure)
    {
        var message = string.IsNullOrWhiteSpace(failure.Message) ? "The job failed." : failure.Message.Trim();
        return message.Length <= MaxErrorLength ? message : message[..MaxErrorLength];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) attempt {Attempt} started")]
    private static partial void LogStarted(ILogger logger, Guid jobId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) completed on attempt {Attempt}")]
    private static partial void LogCompleted(ILogger logger, Guid jobId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) attempt {Attempt} failed; now {State}, retry delay {DelaySeconds} s")]
    private static partial void LogFailed(ILogger logger, Exception error, Guid jobId, string kind, int attempt, string state, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: this run lost its lease; another runner owns the job or it was cancelled")]
    private static partial void LogLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} released to the queue: the Server is stopping")]
    private static partial void LogReleased(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: heartbeat failed (the lease runs out unless a later one succeeds)")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception error, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId}: its outcome could not be recorded; it runs again once its lease expires")]
    private static partial void LogRecordFailed(ILogger logger, Exception error, Guid jobId);
}
