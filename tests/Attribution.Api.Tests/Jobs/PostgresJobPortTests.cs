using System.Text.Json;
using Attribution.Api.Jobs;
using Attribution.Api.Tenancy;

namespace Attribution.Api.Tests.Jobs;

/// <summary>The job port over the table: start in the caller's transaction, read under row-level security.</summary>
public sealed class PostgresJobPortTests
{
    [Fact]
    public async Task Start_ThenGet_ReturnsTheQueuedJob()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();

        var ticket = await JobDatabase.StartAsync(tenant, handler);
        var job = await GetAsync(tenant, ticket.JobId);

        Assert.Equal(JobState.Queued, ticket.Status);
        Assert.Equal($"/api/admin/attribution/jobs/{ticket.JobId}", ticket.StatusUri);
        Assert.NotNull(job);
        Assert.Equal((ticket.JobId, handler.Kind, JobState.Queued, new JobProgress(0, 0, "")), (job.Id, job.Kind, job.Status, job.Progress));
        Assert.Equal((null, null, null, null), (job.StartedAt, job.CompletedAt, job.Error, job.ResultUri));
    }

    [Fact]
    public async Task Start_RequestRolledBack_LeavesNoJob()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        var handler = new TestJobHandler();
        JobTicket ticket;
        await using (var session = new TenantSession(JobDatabase.App, tenant))
        {
            ticket = await new PostgresJobPort([handler]).StartAsync(session, handler.Kind, JsonSerializer.SerializeToElement(new { }), CancellationToken.None);
        }

        Assert.Null(await GetAsync(tenant, ticket.JobId));
    }

    [Fact]
    public async Task Start_KindWithoutHandler_Throws()
    {
        var tenant = await JobDatabase.CreateTenantAsync();
        await using var session = new TenantSession(JobDatabase.App, tenant);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new PostgresJobPort([new TestJobHandler()]).StartAsync(session, "no.such.kind", JsonSerializer.SerializeToElement(new { }), CancellationToken.None));

        Assert.Contains("no.such.kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OtherTenantsJob_ReturnsNull()
    {
        var owner = await JobDatabase.CreateTenantAsync();
        var other = await JobDatabase.CreateTenantAsync();
        var ticket = await JobDatabase.StartAsync(owner, new TestJobHandler());

        Assert.Null(await GetAsync(other, ticket.JobId));
        Assert.NotNull(await GetAsync(owner, ticket.JobId));
    }

    private static async Task<JobStatus?> GetAsync(Guid tenant, Guid jobId)
    {
        await using var session = new TenantSession(JobDatabase.App, tenant);
        return await new PostgresJobPort([]).GetAsync(session, jobId, CancellationToken.None);
    }
}
