using System.Net;
using System.Text;
using System.Text.Json;
using Attribution.Api.Tenancy;

namespace Attribution.Server.Tests.Incrementality;

/// <summary>
/// The experiment lifecycle routes (DESIGN.md section 3, issue 7): create (201 + Location), validation 400s naming the
/// field, edits only in draft, status transitions (409 when not allowed), delete rules, list with status filter and
/// keyset pagination, progress from the dates.
/// </summary>
public sealed class ExperimentLifecycleTests : IAsyncLifetime
{
    private const string Route = "/api/admin/attribution/incrementality";
    private TestServer? _server;
    private Guid _tenant;

    private TestServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync();
        (_tenant, _) = await TestTenants.CreateAsync();
    }

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [Fact]
    public async Task Create_ValidDraft_Returns201WithLocationAndTheSameExperimentOnGet()
    {
        var (status, created, location) = await SendAsync(HttpMethod.Post, Route, Body());

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal($"{Route}/{created.GetProperty("id").GetGuid()}", location);
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Equal(14, created.GetProperty("preTestDays").GetInt32());
        Assert.Equal(["TX", "OH"], created.GetProperty("testRegions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(15, created.GetProperty("progress").GetProperty("daysTotal").GetInt32());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("results").ValueKind);
        var (getStatus, fetched, _) = await SendAsync(HttpMethod.Get, location!);
        Assert.Equal(HttpStatusCode.OK, getStatus);
        Assert.Equal(created.GetRawText(), fetched.GetRawText());
    }

    [Theory]
    [InlineData("testRegions", """["TX","XX"]""", "testRegions")]
    [InlineData("testRegions", "[]", "testRegions")]
    [InlineData("testRegions", """["TX","TX"]""", "testRegions")]
    [InlineData("controlRegions", """["OH","CA"]""", "controlRegions")]
    [InlineData("platform", "\"snapchat\"", "platform")]
    [InlineData("endDate", "\"2026-02-01\"", "endDate")]
    [InlineData("name", "\"  \"", "name")]
    [InlineData("preTestDays", "3", "preTestDays")]
    [InlineData("budgetEstimate", "-1", "budgetEstimate")]
    [InlineData("startDate", "\"2026-02-30\"", "startDate")]
    public async Task Create_BadField_Returns400NamingIt(string field, string value, string named)
    {
        var (status, problem, _) = await SendAsync(HttpMethod.Post, Route, Body((field, value)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([named], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Patch_DraftEditThenScheduledEdit_EditsOnlyInDraft()
    {
        var id = await CreateAsync();

        var (edited, draft, _) = await SendAsync(HttpMethod.Patch, $"{Route}/{id}", """{"name":"Renamed","controlRegions":["CA","NY"]}""");
        var (scheduled, moved, _) = await SendAsync(HttpMethod.Patch, $"{Route}/{id}", """{"status":"scheduled"}""");
        var (refused, problem, _) = await SendAsync(HttpMethod.Patch, $"{Route}/{id}", """{"name":"Too late"}""");

        Assert.Equal((HttpStatusCode.OK, "Renamed"), (edited, draft.GetProperty("name").GetString()));
        Assert.Equal(["CA", "NY"], draft.GetProperty("controlRegions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal((HttpStatusCode.OK, "scheduled"), (scheduled, moved.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Contains("only a draft can be edited", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft", "running")]
    [InlineData("draft", "completed")]
    [InlineData("scheduled", "completed")]
    [InlineData("cancelled", "draft")]
    public async Task Patch_InvalidTransition_Returns409(string from, string to)
    {
        var id = await CreateAsync();
        if (from != "draft")
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Patch, $"{Route}/{id}", $$"""{"status":"{{from}}"}""")).Status);
        }

        var (status, _, _) = await SendAsync(HttpMethod.Patch, $"{Route}/{id}", $$"""{"status":"{{to}}"}""");

        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Patch_FullLifecycleAndUnknownStatus_MovesAlongAndRejects400()
    {
        var id = await CreateAsync();
        foreach (var status in new[] { "scheduled", "running", "analyzing", "completed" })
        {
            var (code, body, _) = await SendAsync(HttpMethod.Patch, $"{Route}/{id}", $$"""{"status":"{{status}}"}""");
            Assert.Equal((HttpStatusCode.OK, status), (code, body.GetProperty("status").GetString()));
        }

        var (bad, problem, _) = await SendAsync(HttpMethod.Patch, $"{Route}/{id}", """{"status":"paused"}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal(["status"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Delete_DraftScheduledCancelled_FollowsTheRules()
    {
        var draft = await CreateAsync();
        var scheduled = await CreateAsync();
        await SendAsync(HttpMethod.Patch, $"{Route}/{scheduled}", """{"status":"scheduled"}""");

        var deletedDraft = (await SendAsync(HttpMethod.Delete, $"{Route}/{draft}")).Status;
        var gone = (await SendAsync(HttpMethod.Get, $"{Route}/{draft}")).Status;
        var refused = (await SendAsync(HttpMethod.Delete, $"{Route}/{scheduled}")).Status;
        await SendAsync(HttpMethod.Patch, $"{Route}/{scheduled}", """{"status":"cancelled"}""");
        var deletedCancelled = (await SendAsync(HttpMethod.Delete, $"{Route}/{scheduled}")).Status;

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.NoContent), (deletedDraft, gone, refused, deletedCancelled));
    }

    [Fact]
    public async Task List_StatusFilterAndPages_EveryExperimentOnceNewestFirst()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await CreateAsync());
        }

        await SendAsync(HttpMethod.Patch, $"{Route}/{ids[1]}", """{"status":"scheduled"}""");
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var (_, page, _) = await SendAsync(HttpMethod.Get, $"{Route}?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        var (_, scheduled, _) = await SendAsync(HttpMethod.Get, $"{Route}?status=scheduled");
        var (bad, _, _) = await SendAsync(HttpMethod.Get, $"{Route}?status=paused");

        Assert.Equal(Enumerable.Reverse(ids), seen);
        Assert.Equal([ids[1]], scheduled.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, bad);
    }

    private async Task<Guid> CreateAsync()
    {
        var (status, created, _) = await SendAsync(HttpMethod.Post, Route, Body());
        Assert.Equal(HttpStatusCode.Created, status);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A valid draft's body, with fields replaced by raw JSON values.</summary>
    private static string Body(params (string Field, string Json)[] replace)
    {
        var fields = new Dictionary<string, string>
        {
            ["name"] = "\"Meta lift Q1\"",
            ["platform"] = "\"meta\"",
            ["testRegions"] = """["TX","OH"]""",
            ["startDate"] = "\"2026-03-01\"",
            ["endDate"] = "\"2026-03-15\"",
        };
        foreach (var (field, json) in replace)
        {
            fields[field] = json;
        }

        return "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, string? Location)> SendAsync(HttpMethod method, string path, string? body = null)
    {
        using var request = TestServer.Request(method, path, _tenant, ApiRoles.Read, ApiRoles.Write);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text), response.Headers.Location?.ToString());
    }
}
