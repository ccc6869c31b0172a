using System.Text.Json;
using Attribution.Api.Jobs.Sql;
using Attribution.Api.Tenancy;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Attribution.Api.Jobs;

/// <summary>
/// The job runner's side of the job table: claim, heartbeat, progress, fenced units of work, complete, fail, release.
/// Leases use the database clock. Every write after the claim is fenced on the lease token and returns false (or null)
/// when this run no longer holds the job.
/// </summary>
public sealed partial class PostgresJobStore(NpgsqlDataSource dataSource, ILogger<PostgresJobStore> logger)
{
    /// <summary>
    /// Claims the next runnable job of one of <paramref name="kinds"/> for <paramref name="lease"/>, in one short
    /// cross-tenant transaction; null when there is none.
    /// </summary>
    public async Task<JobLease?> ClaimAsync(string runnerId, IReadOnlyCollection<string> kinds, TimeSpan lease, CancellationToken cancellationToken)
    {
        while (true)
        {
            var owner = $"{runnerId}:{Guid.NewGuid():N}";
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var runnerMode = new NpgsqlCommand(JobSql.EnterRunnerMode, connection, transaction))
            {
                await runnerMode.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var claim = new NpgsqlCommand(JobSql.Claim, connection, transaction);
            claim.Parameters.AddWithValue("kinds", kinds.ToArray());
            claim.Parameters.AddWithValue("owner", owner);
            claim.Parameters.AddWithValue("lease", lease);
            JobLease? claimed = null;
            string? status = null;
            await using (var reader = await claim.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    using var input = JsonDocument.Parse(reader.GetString(3));
                    claimed = new JobLease(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), input.RootElement.Clone(),
                        reader.GetInt32(4), reader.GetInt32(5), owner);
                    status = reader.GetString(6);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            if (claimed is null || status == "running")
            {
                return claimed;
            }

            LogExhausted(logger, claimed.JobId, claimed.Kind, claimed.Attempt);
        }
    }

    /// <summary>Extends the lease by <paramref name="lease"/> from now; false when the run lost the job.</summary>
    public Task<bool> HeartbeatAsync(JobLease job, TimeSpan lease, CancellationToken cancellationToken) =>
        FencedAsync(job, JobSql.Heartbeat, command => command.Parameters.AddWithValue("lease", lease), cancellationToken);

    public Task<bool> ReportProgressAsync(JobLease job, JobProgress progress, CancellationToken cancellationToken) =>
        FencedAsync(job, JobSql.Progress, command =>
        {
            command.Parameters.AddWithValue("completed", progress.Completed);
            command.Parameters.AddWithValue("total", progress.Total);
            command.Parameters.AddWithValue("message", progress.Message);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction of the job's tenant and commits it only if the run still holds
    /// the job (the row is share-locked from that check to the commit); otherwise rolls back and throws
    /// <see cref="JobLeaseLostException"/>.
    /// </summary>
    public async Task<T> RunFencedAsync<T>(JobLease job, Func<TenantSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var session = new TenantSession(dataSource, job.TenantId);
        var result = await work(session, cancellationToken);
        await using (var hold = await session.CommandAsync(JobSql.HoldLease, cancellationToken))
        {
            AddFence(hold, job);
            if (await hold.ExecuteScalarAsync(cancellationToken) is null)
            {
                throw new JobLeaseLostException(job.JobId);
            }
        }

        await session.CommitAsync(cancellationToken);
        return result;
    }

    public Task<bool> CompleteAsync(JobLease job, JsonElement? result, string? resultUri, CancellationToken cancellationToken) =>
        FencedAsync(job, JobSql.Complete, command =>
        {
            command.Parameters.AddWithValue("result", (object?)result?.GetRawText() ?? DBNull.Value);
            command.Parameters.AddWithValue("resultUri", (object?)resultUri ?? DBNull.Value);
        }, cancellationToken);

    /// <summary>Records a failed run: queued again after <paramref name="backoff"/> while attempts remain, else failed; null when the run lost the job.</summary>
    public async Task<JobState?> FailAsync(JobLease job, string error, TimeSpan backoff, CancellationToken cancellationToken)
    {
        await using var session = new TenantSession(dataSource, job.TenantId);
        await using var command = await session.CommandAsync(JobSql.Fail, cancellationToken);
        AddFence(command, job);
        command.Parameters.AddWithValue("error", error);
        command.Parameters.AddWithValue("backoff", backoff);
        var status = await command.ExecuteScalarAsync(cancellationToken) as string;
        await session.CommitAsync(cancellationToken);
        return status is null ? null : Enum.Parse<JobState>(status, ignoreCase: true);
    }

    /// <summary>Hands the job back to the queue, due now, without counting the interrupted run as an attempt.</summary>
    public Task<bool> ReleaseAsync(JobLease job, CancellationToken cancellationToken) =>
        FencedAsync(job, JobSql.Release, _ => { }, cancellationToken);

    private async Task<bool> FencedAsync(JobLease job, string sql, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken)
    {
        await using var session = new TenantSession(dataSource, job.TenantId);
        await using var command = await session.CommandAsync(sql, cancellationToken);
        AddFence(command, job);
        parameters(command);
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
        return rows == 1;
    }

    private static void AddFence(NpgsqlCommand command, JobLease job)
    {
        command.Parameters.AddWithValue("id", job.JobId);
        command.Parameters.AddWithValue("owner", job.Owner);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) failed: its runner stopped during each of its {Attempts} attempts")]
    private static partial void LogExhausted(ILogger logger, Guid jobId, string kind, int attempts);
}
