using System.Collections.Concurrent;
using Attribution.Api.Jobs;

namespace Attribution.Api.Tests.Jobs;

/// <summary>Claim, heartbeat, failure and release against the real job table.</summary>
public sealed class PostgresJobStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static PostgresJobStore Store => JobDatabase.Store;

    [Fact]
    public async Task Claim_QueuedJob_LeasesItAndCountsTheAttempt()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var ticket = await JobDatabase.StartAsync(tenant, handler, """{"chains":4}""");

        var lease = await Store.ClaimAsync("runner-a", [handler.Kind], Lease, CancellationToken.None);

        Assert.NotNull(lease);
        Assert.Equal((ticket.JobId, tenant, handler.Kind, 1), (lease.JobId, lease.TenantId, lease.Kind, lease.Attempt));
        Assert.Equal(4, lease.Input.GetProperty("chains").GetInt32());
        Assert.StartsWith("runner-a:", lease.Owner, StringComparison.Ordinal);
        var row = (await JobDatabase.ReadAsync(tenant, ticket.JobId))!;
        Assert.Equal(("running", 1, lease.Owner, true), (row.Status, row.Attempts, row.LeaseOwner, row.Started));
        Assert.InRange(row.LeaseSecondsLeft!.Value, 28, 30.5);
    }

    [Fact]
    public async Task Claim_OnlyOtherKindsQueued_ReturnsNull()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var ticket = await JobDatabase.StartAsync(tenant, new TestJobHandler());

        var lease = await Store.ClaimAsync("runner-a", [new TestJobHandler().Kind], Lease, CancellationToken.None);

        Assert.Null(lease);
        Assert.Equal("queued", (await JobDatabase.ReadAsync(tenant, ticket.JobId))!.Status);
    }

    [Fact]
    public async Task Claim_ManyConcurrentClaimers_EachJobIsClaimedExactlyOnce()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var jobs = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            jobs.Add((await JobDatabase.StartAsync(tenant, handler)).JobId);
        }

        var claims = new ConcurrentBag<(Guid Job, string Runner)>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(runner => Task.Run(async () =>
        {
            while (await Store.ClaimAsync($"runner-{runner}", [handler.Kind], Lease, CancellationToken.None) is { } lease)
            {
                claims.Add((lease.JobId, $"runner-{runner}"));
            }
        })));

        Assert.Equal(jobs.Order(), claims.Select(c => c.Job).Order());
        Assert.True(claims.Select(c => c.Runner).Distinct().Count() > 1, "the claims should spread over several runners");
    }

    [Fact]
    public async Task Claim_ExpiredLease_ReclaimsTheJobForTheNextAttempt()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var first = (await Store.ClaimAsync("crashed", [handler.Kind], TimeSpan.FromMilliseconds(300), CancellationToken.None))!;

        Assert.Null(await Store.ClaimAsync("rescuer", [handler.Kind], Lease, CancellationToken.None));
        await Task.Delay(600);
        var second = await Store.ClaimAsync("rescuer", [handler.Kind], Lease, CancellationToken.None);

        Assert.NotNull(second);
        Assert.Equal((ticket.JobId, 2), (second.JobId, second.Attempt));
        Assert.NotEqual(first.Owner, second.Owner);
        var row = (await JobDatabase.ReadAsync(tenant, ticket.JobId))!;
        Assert.Equal(("running", 2, second.Owner), (row.Status, row.Attempts, row.LeaseOwner));
    }

    [Fact]
    public async Task Claim_ExpiredLeaseAfterTheLastAttempt_MarksTheJobFailed()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler(maxAttempts: 1);
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        await Store.ClaimAsync("crashed", [handler.Kind], TimeSpan.FromMilliseconds(200), CancellationToken.None);
        await Task.Delay(500);

        var lease = await Store.ClaimAsync("rescuer", [handler.Kind], Lease, CancellationToken.None);

        Assert.Null(lease);
        var row = (await JobDatabase.ReadAsync(tenant, ticket.JobId))!;
        Assert.Equal(("failed", 1, null, true), (row.Status, row.Attempts, row.LeaseOwner, row.Completed));
        Assert.Contains("stopped during each of its 1 attempts", row.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heartbeat_HeldLease_ExtendsIt()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var lease = (await Store.ClaimAsync("runner-a", [handler.Kind], TimeSpan.FromSeconds(5), CancellationToken.None))!;

        Assert.True(await Store.HeartbeatAsync(lease, TimeSpan.FromMinutes(10), CancellationToken.None));

        Assert.InRange((await JobDatabase.ReadAsync(tenant, ticket.JobId))!.LeaseSecondsLeft!.Value, 590, 600.5);
    }

    [Fact]
    public async Task Fail_AttemptsRemain_QueuesTheJobAgainAfterTheBackoffWithTheError()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler(maxAttempts: 3);
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var lease = (await Store.ClaimAsync("runner-a", [handler.Kind], Lease, CancellationToken.None))!;

        var state = await Store.FailAsync(lease, "The warehouse timed out.", TimeSpan.FromSeconds(60), CancellationToken.None);

        Assert.Equal(JobState.Queued, state);
        var row = (await JobDatabase.ReadAsync(tenant, ticket.JobId))!;
        Assert.Equal(("queued", 1, null, "The warehouse timed out.", false), (row.Status, row.Attempts, row.LeaseOwner, row.Error, row.Completed));
        Assert.InRange(row.DueInSeconds, 58, 60.5);
        Assert.Null(await Store.ClaimAsync("runner-b", [handler.Kind], Lease, CancellationToken.None));
    }

    [Fact]
    public async Task Fail_LastAttempt_MarksTheJobFailed()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler(maxAttempts: 1);
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var lease = (await Store.ClaimAsync("runner-a", [handler.Kind], Lease, CancellationToken.None))!;

        var state = await Store.FailAsync(lease, "Bad input.", TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Equal(JobState.Failed, state);
        var row = (await JobDatabase.ReadAsync(tenant, ticket.JobId))!;
        Assert.Equal(("failed", "Bad input.", true, null), (row.Status, row.Error, row.Completed, row.LeaseOwner));
    }

    [Fact]
    public async Task Release_RunningJob_QueuesItDueNowWithoutCountingTheRun()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var lease = (await Store.ClaimAsync("stopping", [handler.Kind], Lease, CancellationToken.None))!;

        Assert.True(await Store.ReleaseAsync(lease, CancellationToken.None));

        var row = (await JobDatabase.ReadAsync(tenant, ticket.JobId))!;
        Assert.Equal(("queued", 0, null), (row.Status, row.Attempts, row.LeaseOwner));
        Assert.Equal(1, (await Store.ClaimAsync("next", [handler.Kind], Lease, CancellationToken.None))!.Attempt);
    }
}
