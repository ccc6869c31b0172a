using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Attribution.Api.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Attribution.Server.Tests.Hosting;

/// <summary>Every error status leaves the real Server as application/problem+json (DESIGN.md section 3).</summary>
public sealed class ErrorPipelineTests
{
    public sealed record EchoRequest(string Name, int Count);

    private static readonly ApiRoute Echo = new("POST", "test/echo", "echo", "Test", "Echo.", ApiAccess.Anonymous, async request =>
        TypedResults.Ok(await JsonBody.ReadAsync<EchoRequest>(request)));

    private static readonly ApiRoute Crash = new("GET", "test/crash", "crash", "Test", "Crash.", ApiAccess.Anonymous, _ =>
        throw new InvalidOperationException("secret internals: Password=hunter2"));

    [Fact]
    public async Task UnknownRoute_Returns404Problem()
    {
        await using var server = await TestServer.StartAsync();

        var problem = await ProblemAsync(await server.Client.GetAsync(new Uri("/api/no/such/route", UriKind.Relative)), 404);

        Assert.Equal("/api/no/such/route", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task WrongMethod_Returns405Problem()
    {
        await using var server = await TestServer.StartAsync();

        await ProblemAsync(await server.Client.PostAsync(new Uri("/api/health", UriKind.Relative), null), 405);
    }

    [Fact]
    public async Task BadJsonBody_Returns400NamingTheField()
    {
        await using var server = await TestServer.StartAsync([Echo]);

        var response = await server.Client.PostAsync(new Uri("/api/test/echo", UriKind.Relative), Json("""{"name":"a","count":"x"}"""));
        var problem = await ProblemAsync(response, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("count", out _));
    }

    [Fact]
    public async Task UnknownJsonMember_Returns400NamingTheMember()
    {
        await using var server = await TestServer.StartAsync([Echo]);

        var response = await server.Client.PostAsync(new Uri("/api/test/echo", UriKind.Relative), Json("""{"name":"a","count":1,"colour":"red"}"""));
        var problem = await ProblemAsync(response, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("colour", out _));
    }

    [Fact]
    public async Task ValidJsonBody_Returns200()
    {
        await using var server = await TestServer.StartAsync([Echo]);

        var response = await server.Client.PostAsync(new Uri("/api/test/echo", UriKind.Relative), Json("""{"name":"a","count":1}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task OversizedBody_Returns413Problem()
    {
        await using var server = await TestServer.StartAsync([Echo], builder =>
            builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = 1024));
        var big = $$"""{"name":"{{new string('a', 4096)}}","count":1}""";

        await ProblemAsync(await server.Client.PostAsync(new Uri("/api/test/echo", UriKind.Relative), Json(big)), 413);
    }

    [Fact]
    public async Task HandlerThrows_Returns500WithTraceIdAndNoInternals()
    {
        await using var server = await TestServer.StartAsync([Crash]);

        var response = await server.Client.GetAsync(new Uri("/api/test/crash", UriKind.Relative));
        var problem = await ProblemAsync(response, 500);

        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("hunter2", problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", problem.GetRawText(), StringComparison.Ordinal);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        return problem;
    }
}
