namespace Attribution.Api.Jobs.Sql;

/// <summary>
/// The job table's statements. Claiming runs across tenants (with <c>app.job_runner</c> on); every other statement runs
/// under the job's own tenant, and each write of a run is fenced on its lease token (<c>lease_owner</c>), so a run that
/// lost its lease can neither report, commit effects, nor complete.
/// </summary>
internal static class JobSql
{
    public const string EnterRunnerMode = "select set_config('app.job_runner', 'on', true)";

    /// <summary>
    /// The next runnable job of the given kinds (queued and due, or running with an expired lease), taken with
    /// <c>FOR UPDATE SKIP LOCKED</c> so concurrent runners never take the same row. A running job whose runner died
    /// after its last allowed attempt is marked failed instead of being run again.
    /// </summary>
    public const string Claim = """
        with candidate as (
            select id, status = 'running' and attempts >= max_attempts as exhausted
            from jobs
            where kind = any(@kinds)
              and ((status = 'queued' and run_after <= now()) or (status = 'running' and lease_expires_at <= now()))
            order by run_after, created_at
            limit 1
            for update skip locked
        )
        update jobs j
        set status = case when c.exhausted then 'failed' else 'running' end,
            attempts = case when c.exhausted then j.attempts else j.attempts + 1 end,
            lease_owner = case when c.exhausted then null else @owner end,
            lease_expires_at = case when c.exhausted then null else now() + @lease end,
            started_at = coalesce(j.started_at, now()),
            completed_at = case when c.exhausted then now() end,
            error = case
                when c.exhausted then format('The job''s runner stopped during each of its %s attempts; it is not retried.', j.attempts)
                else j.error
            end
        from candidate c
        where j.id = c.id
        returning j.id, j.tenant_id, j.kind, j.input::text, j.attempts, j.max_attempts, j.status
        """;

    private const string Fence = "id = @id and lease_owner = @owner and status = 'running'";

    public const string Heartbeat = $"update jobs set lease_expires_at = now() + @lease where {Fence}";

    public const string Progress = $"""
        update jobs set progress_completed = @completed, progress_total = @total, progress_message = @message
        where {Fence}
        """;

    /// <summary>Holds the job row (share lock) until the unit of work commits, so the lease cannot change hands meanwhile.</summary>
    public const string HoldLease = $"select 1 from jobs where {Fence} for share";

    public const string Complete = $"""
        update jobs
        set status = 'completed', result = @result::jsonb, result_uri = @resultUri, error = null,
            completed_at = now(), lease_owner = null, lease_expires_at = null
        where {Fence}
        """;

    /// <summary>Back to the queue after <c>@backoff</c> while attempts remain, else failed; the error is kept either way.</summary>
    public const string Fail = $"""
        update jobs
        set status = case when attempts < max_attempts then 'queued' else 'failed' end,
            run_after = case when attempts < max_attempts then now() + @backoff else run_after end,
            completed_at = case when attempts < max_attempts then null else now() end,
            error = @error, lease_owner = null, lease_expires_at = null
        where {Fence}
        returning status
        """;

    /// <summary>Hands an interrupted run back (graceful stop): due now, and the interrupted run does not count as an attempt.</summary>
    public const string Release = $"""
        update jobs
        set status = 'queued', run_after = now(), attempts = greatest(attempts - 1, 0), lease_owner = null, lease_expires_at = null
        where {Fence}
        """;

    public const string Insert = """
        insert into jobs (id, tenant_id, kind, input, max_attempts)
        values (@id, app_tenant_id(), @kind, @input::jsonb, @maxAttempts)
        """;

    public const string Select = """
        select id, kind, status, progress_completed, progress_total, progress_message, created_at, started_at, completed_at, error, result_uri
        from jobs
        where id = @id
        """;
}
