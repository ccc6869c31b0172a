using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Attribution.Api.Tenancy;

namespace Attribution.Server.Tests.Jobs;

/// <summary><c>GET /api/admin/attribution/jobs/{id}</c> through the real Server, its runner and PostgreSQL.</summary>
public sealed class JobsRouteTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task GetJob_JobStartedThroughThePort_ShowsProgressWhileRunningThenTheOutcome()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateJobHandler(DelegateJobHandler.NewKind("progress"), async context =>
        {
            var steps = context.Input.GetProperty("steps").GetInt32();
            await context.ReportProgressAsync(1, steps, $"step 1 of {steps}");
            await gate.Task.WaitAsync(context.CancellationToken);
            await context.ReportProgressAsync(steps, steps, "done");
            context.SetResultUri("/api/admin/attribution/mmm?id=6a0d1d4e-7c1b-4d8e-9a53-0c1f3f9e2b11");
            return JsonSerializer.SerializeToElement(new { steps });
        });
        await using var server = await JobServers.StartAsync([handler]);
        var (tenant, _) = await TestTenants.CreateAsync();

        using var start = TestServer.Request(HttpMethod.Post, $"/api/admin/test/jobs/{handler.Kind}", tenant, ApiRoles.Write);
        start.Content = JsonContent.Create(new { steps = 3 });
        var started = await server.Client.SendAsync(start);
        var ticket = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var statusUri = ticket.GetProperty("statusUri").GetString()!;
        Assert.Equal($"/api/admin/attribution/jobs/{ticket.GetProperty("jobId").GetGuid()}", statusUri);
        Assert.Equal("queued", ticket.GetProperty("status").GetString());
        Assert.Equal(statusUri, started.Headers.Location?.ToString());

        var running = await Eventually.WaitAsync(() => GetAsync(server, statusUri, tenant), job => Status(job) == "running" && Completed(job) == 1, Timeout, "running at step 1");
        Assert.Equal(handler.Kind, running.GetProperty("kind").GetString());
        Assert.Equal((1, 3, "step 1 of 3"), Progress(running));
        Assert.Equal(JsonValueKind.String, running.GetProperty("startedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, running.GetProperty("completedAt").ValueKind);

        gate.SetResult();
        var completed = await Eventually.WaitAsync(() => GetAsync(server, statusUri, tenant), job => Status(job) == "completed", Timeout, "completed");
        Assert.Equal(
            ["completedAt", "createdAt", "error", "id", "kind", "progress", "resultUri", "startedAt", "status"],
            completed.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["completed", "message", "total"], completed.GetProperty("progress").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal((3, 3, "done"), Progress(completed));
        Assert.Equal("/api/admin/attribution/mmm?id=6a0d1d4e-7c1b-4d8e-9a53-0c1f3f9e2b11", completed.GetProperty("resultUri").GetString());
        Assert.Equal(JsonValueKind.Null, completed.GetProperty("error").ValueKind);
        var (created, startedAt, completedAt) = (Time(completed, "createdAt"), Time(completed, "startedAt"), Time(completed, "completedAt"));
        Assert.True(created <= startedAt && startedAt <= completedAt, $"{created:O} <= {startedAt:O} <= {completedAt:O}");
    }

    [Fact]
    public async Task GetJob_AnotherTenantsJob_Returns404()
    {
        var handler = new DelegateJobHandler(DelegateJobHandler.NewKind("private"), _ => Task.FromResult<JsonElement?>(null));
        await using var server = await JobServers.StartAsync([]);
        var (owner, _) = await TestTenants.CreateAsync();
        var (stranger, _) = await TestTenants.CreateAsync();
        var jobId = (await JobTestData.StartAsync(owner, handler))[0];

        using var asStranger = TestServer.Request(HttpMethod.Get, $"/api/admin/attribution/jobs/{jobId}", stranger, ApiRoles.Read);
        var response = await server.Client.SendAsync(asStranger);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("queued", Status(await GetAsync(server, $"/api/admin/attribution/jobs/{jobId}", owner)));
    }

    [Fact]
    public async Task GetJob_UnknownId_Returns404Problem()
    {
        await using var server = await JobServers.StartAsync([]);
        var (tenant, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, $"/api/admin/attribution/jobs/{Guid.NewGuid()}", tenant, ApiRoles.Read);

        var response = await server.Client.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Job was not found.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetJob_NotAUuid_Returns404()
    {
        await using var server = await JobServers.StartAsync([]);
        var (tenant, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, "/api/admin/attribution/jobs/not-a-uuid", tenant, ApiRoles.Read);

        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task GetJob_NoToken_Returns401()
    {
        await using var server = await JobServers.StartAsync([]);

        var response = await server.Client.GetAsync(new Uri($"/api/admin/attribution/jobs/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static async Task<JsonElement> GetAsync(TestServer server, string statusUri, Guid tenant)
    {
        using var request = TestServer.Request(HttpMethod.Get, statusUri, tenant, ApiRoles.Read);
        var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static string? Status(JsonElement job) => job.GetProperty("status").GetString();

    private static int Completed(JsonElement job) => job.GetProperty("progress").GetProperty("completed").GetInt32();

    private static (int, int, string?) Progress(JsonElement job)
    {
        var progress = job.GetProperty("progress");
        return (progress.GetProperty("completed").GetInt32(), progress.GetProperty("total").GetInt32(), progress.GetProperty("message").GetString());
    }

    private static DateTimeOffset Time(JsonElement job, string name) => job.GetProperty(name).GetDateTimeOffset();
}
