using System.Text.Json;
using Attribution.Api.Jobs;

namespace Attribution.Api.Tests.Jobs;

/// <summary>
/// A run that lost its lease (its runner stalled past the lease and another runner took the job) can no longer
/// report progress, commit effects or complete: every write is fenced on the lease token.
/// </summary>
public sealed class JobFencingTests
{
    private static PostgresJobStore Store => JobDatabase.Store;

    [Fact]
    public async Task AbandonedRun_AfterTheJobWasReclaimed_CanNeitherWriteNorComplete()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var abandoned = (await Store.ClaimAsync("stalled", [handler.Kind], TimeSpan.FromMilliseconds(300), CancellationToken.None))!;
        await Task.Delay(600);
        var current = (await Store.ClaimAsync("rescuer", [handler.Kind], TimeSpan.FromSeconds(30), CancellationToken.None))!;
        var stale = new JobContext(abandoned, Store, CancellationToken.None);

        await Assert.ThrowsAsync<JobLeaseLostException>(() => stale.RunInTenantAsync((session, ct) => JobEffects.WriteAsync(session, ticket.JobId, ct)));
        await Assert.ThrowsAsync<JobLeaseLostException>(() => stale.ReportProgressAsync(9, 9, "stale"));
        Assert.False(await Store.HeartbeatAsync(abandoned, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Null(await Store.FailAsync(abandoned, "stale failure", TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.False(await Store.CompleteAsync(abandoned, null, null, CancellationToken.None));
        Assert.False(await Store.ReleaseAsync(abandoned, CancellationToken.None));

        var live = new JobContext(current, Store, CancellationToken.None);
        await live.RunInTenantAsync((session, ct) => JobEffects.WriteAsync(session, ticket.JobId, ct));
        Assert.True(await Store.CompleteAsync(current, JsonSerializer.SerializeToElement(new { models = 1 }), "/api/admin/attribution/mmm", CancellationToken.None));
        Assert.False(await Store.CompleteAsync(current, null, null, CancellationToken.None));

        Assert.Equal(1, await JobEffects.CountAsync(tenant, ticket.JobId));
        var row = (await JobDatabase.ReadAsync(tenant, ticket.JobId))!;
        Assert.Equal(("completed", 2, null, null), (row.Status, row.Attempts, row.Error, row.LeaseOwner));
        Assert.Equal(new JobProgress(0, 0, ""), row.Progress);
        Assert.Equal(("""{"models": 1}""", "/api/admin/attribution/mmm"), (row.Result, row.ResultUri));
    }

    [Fact]
    public async Task RunInTenant_HeldLease_CommitsUnderTheJobsTenantOnly()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var other = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var lease = (await Store.ClaimAsync("runner-a", [handler.Kind], TimeSpan.FromSeconds(30), CancellationToken.None))!;
        var context = new JobContext(lease, Store, CancellationToken.None);

        var seenTenant = await context.RunInTenantAsync(async (session, ct) =>
        {
            await JobEffects.WriteAsync(session, ticket.JobId, ct);
            await using var command = await session.CommandAsync("select app_tenant_id()", ct);
            return (Guid)(await command.ExecuteScalarAsync(ct))!;
        });

        Assert.Equal(tenant, seenTenant);
        Assert.Equal(1, await JobEffects.CountAsync(tenant, ticket.JobId));
        Assert.Equal(0, await JobEffects.CountAsync(other, ticket.JobId));
    }

    [Fact]
    public async Task RunInTenant_WorkThrows_WritesNothing()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var lease = (await Store.ClaimAsync("runner-a", [handler.Kind], TimeSpan.FromSeconds(30), CancellationToken.None))!;
        var context = new JobContext(lease, Store, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.RunInTenantAsync(async (session, ct) =>
        {
            await JobEffects.WriteAsync(session, ticket.JobId, ct);
            throw new InvalidOperationException("half-way");
        }));

        Assert.Equal(0, await JobEffects.CountAsync(tenant, ticket.JobId));
    }

    [Fact]
    public async Task ReportProgress_HeldLease_IsStoredOnTheJob()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var lease = (await Store.ClaimAsync("runner-a", [handler.Kind], TimeSpan.FromSeconds(30), CancellationToken.None))!;

        await new JobContext(lease, Store, CancellationToken.None).ReportProgressAsync(2, 4, "chain 2 of 4");

        Assert.Equal(new JobProgress(2, 4, "chain 2 of 4"), (await JobDatabase.ReadAsync(tenant, ticket.JobId))!.Progress);
    }
}
