using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Attribution.Server.Jobs;

namespace Attribution.Server.Tests.Jobs;

/// <summary>The Server's runner against the real job table: retries with backoff, permanent failure, two runners, stop and cancel.</summary>
public sealed class JobRunnerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Runner_HandlerFailsOnce_RetriesAfterTheBackoffThenCompletes()
    {
        var runs = new ConcurrentQueue<(int Attempt, long At)>();
        var handler = new DelegateJobHandler(DelegateJobHandler.NewKind("flaky"), context =>
        {
            runs.Enqueue((context.Attempt, Stopwatch.GetTimestamp()));
            return context.Attempt == 1
                ? throw new TimeoutException("The warehouse did not answer.")
                : Task.FromResult<JsonElement?>(null);
        });
        await using var server = await JobServers.StartAsync([handler], new Dictionary<string, string> { [JobRunnerSettings.RetryBaseSeconds] = "1.5" });
        var (tenant, _) = await TestTenants.CreateAsync();
        var jobId = (await JobTestData.StartAsync(tenant, handler))[0];
        var uri = $"/api/admin/attribution/jobs/{jobId}";

        var waiting = await Eventually.WaitAsync(() => JobsRouteTests.GetAsync(server, uri, tenant),
            job => JobsRouteTests.Status(job) == "queued" && job.GetProperty("error").ValueKind == JsonValueKind.String, Timeout, "queued again after the failure");
        Assert.Equal("The warehouse did not answer.", waiting.GetProperty("error").GetString());
        var completed = await Eventually.WaitAsync(() => JobsRouteTests.GetAsync(server, uri, tenant), job => JobsRouteTests.Status(job) == "completed", Timeout, "completed");

        Assert.Equal(JsonValueKind.Null, completed.GetProperty("error").ValueKind);
        Assert.Equal([1, 2], runs.Select(r => r.Attempt));
        var gap = Stopwatch.GetElapsedTime(runs.First().At, runs.Last().At);
        Assert.True(gap >= TimeSpan.FromSeconds(1.5), $"the retry came {gap.TotalSeconds:0.00} s after the failure, before the 1.5 s backoff");
        Assert.Equal(("completed", 2, null), await JobTestData.ReadAsync(tenant, jobId));
    }

    [Fact]
    public async Task Runner_HandlerAlwaysFails_MarksTheJobFailedWithTheMessageAfterItsAttempts()
    {
        var runs = 0;
        var handler = new DelegateJobHandler(DelegateJobHandler.NewKind("broken"), _ =>
        {
            Interlocked.Increment(ref runs);
            throw new InvalidOperationException("Channel 'tv' has no spend in the date range.");
        }, maxAttempts: 2);
        await using var server = await JobServers.StartAsync([handler], new Dictionary<string, string> { [JobRunnerSettings.RetryBaseSeconds] = "0.2" });
        var (tenant, _) = await TestTenants.CreateAsync();
        var jobId = (await JobTestData.StartAsync(tenant, handler))[0];

        var failed = await Eventually.WaitAsync(() => JobsRouteTests.GetAsync(server, $"/api/admin/attribution/jobs/{jobId}", tenant),
            job => JobsRouteTests.Status(job) == "failed", Timeout, "failed");

        Assert.Equal("Channel 'tv' has no spend in the date range.", failed.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.String, failed.GetProperty("completedAt").ValueKind);
        Assert.Equal(2, runs);
        Assert.Equal(("failed", 2, null), await JobTestData.ReadAsync(tenant, jobId));
    }

    [Fact]
    public async Task TwoRunners_ManyJobs_EachJobRunsExactlyOnceAndNeverConcurrently()
    {
        var kind = DelegateJobHandler.NewKind("shared");
        var runs = new ConcurrentDictionary<Guid, int>();
        var inFlight = new ConcurrentDictionary<Guid, byte>();
        var runsByServer = new ConcurrentDictionary<string, int>();
        var overlaps = 0;
        DelegateJobHandler Handler(string server) => new(kind, async context =>
        {
            if (!inFlight.TryAdd(context.JobId, 0))
            {
                Interlocked.Increment(ref overlaps);
            }

            runs.AddOrUpdate(context.JobId, 1, (_, n) => n + 1);
            runsByServer.AddOrUpdate(server, 1, (_, n) => n + 1);
            await Task.Delay(30, context.CancellationToken);
            await context.RunInTenantAsync((session, ct) => JobTestData.WriteEffectAsync(session, context.JobId, server, ct));
            inFlight.TryRemove(context.JobId, out _);
            return null;
        });
        var settings = new Dictionary<string, string> { [JobRunnerSettings.Concurrency] = "3" };
        await using var first = await JobServers.StartAsync([Handler("first")], settings);
        await using var second = await JobServers.StartAsync([Handler("second")], settings);
        var (tenant, _) = await TestTenants.CreateAsync();

        var jobs = await JobTestData.StartAsync(tenant, Handler("enqueuer"), count: 40);
        await Eventually.WaitAsync(() => JobTestData.CountAsync(tenant, kind, "completed"), n => n == jobs.Count, Timeout, "all 40 jobs completed");

        Assert.Equal(0, overlaps);
        Assert.Equal(jobs.Order(), runs.Keys.Order());
        Assert.All(runs.Values, count => Assert.Equal(1, count));
        Assert.True(runsByServer.GetValueOrDefault("first") > 0 && runsByServer.GetValueOrDefault("second") > 0, $"both runners should take jobs: {string.Join(", ", runsByServer)}");
        var effects = await JobTestData.EffectsAsync(tenant, jobs);
        Assert.Equal(jobs.Order(), effects.Select(e => e.JobId).Order());
    }

    [Fact]
    public async Task Stop_WhileAJobRuns_HandsTheJobBackToTheQueueWithoutCountingTheRun()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateJobHandler(DelegateJobHandler.NewKind("long"), async context =>
        {
            started.TrySetResult();
            await Task.Delay(System.Threading.Timeout.Infinite, context.CancellationToken);
            return null;
        });
        var server = await JobServers.StartAsync([handler]);
        var (tenant, _) = await TestTenants.CreateAsync();
        var jobId = (await JobTestData.StartAsync(tenant, handler))[0];
        await started.Task.WaitAsync(Timeout);

        await server.DisposeAsync();

        Assert.Equal(("queued", 0, null), await JobTestData.ReadAsync(tenant, jobId));
    }

    [Fact]
    public async Task Runner_JobCancelledWhileRunning_StopsTheHandlerAndKeepsItCancelled()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateJobHandler(DelegateJobHandler.NewKind("cancelled"), async context =>
        {
            started.TrySetResult();
            try
            {
                await Task.Delay(System.Threading.Timeout.Infinite, context.CancellationToken);
            }
            finally
            {
                stopped.TrySetResult();
            }

            return null;
        });
        await using var server = await JobServers.StartAsync([handler], new Dictionary<string, string> { [JobRunnerSettings.LeaseSeconds] = "0.6" });
        var (tenant, _) = await TestTenants.CreateAsync();
        var jobId = (await JobTestData.StartAsync(tenant, handler))[0];
        await started.Task.WaitAsync(Timeout);

        await using (var session = new Attribution.Api.Tenancy.TenantSession(JobTestData.App, tenant))
        {
            await using var cancel = await session.CommandAsync("update jobs set status = 'cancelled', lease_owner = null, completed_at = now() where id = @id", CancellationToken.None);
            cancel.Parameters.AddWithValue("id", jobId);
            await cancel.ExecuteNonQueryAsync();
            await session.CommitAsync(CancellationToken.None);
        }

        await stopped.Task.WaitAsync(Timeout);
        await Task.Delay(300);
        Assert.Equal(("cancelled", 1, null), await JobTestData.ReadAsync(tenant, jobId));
    }
}
