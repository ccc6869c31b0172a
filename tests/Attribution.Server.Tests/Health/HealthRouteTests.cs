using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Attribution.Server.Tests.Health;

public sealed class HealthRouteTests
{
    [Fact]
    public async Task GetHealth_ServicesRunning_Returns200WithBothReachable()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("reachable", body.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("reachable", body.GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetHealth_DatabaseDown_Returns503NamingTheDatabase()
    {
        await using var server = await TestServer.StartAsync(configure: builder =>
            builder.Configuration["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");

        var response = await server.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unreachable", body.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("reachable", body.GetProperty("storage").GetProperty("status").GetString());
        Assert.DoesNotContain("Password", body.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetHealth_StorageDown_Returns503NamingTheStorage()
    {
        await using var server = await TestServer.StartAsync(configure: builder =>
            builder.Configuration["ConnectionStrings:Storage"] =
                "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;");

        var response = await server.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("reachable", body.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("unreachable", body.GetProperty("storage").GetProperty("status").GetString());
    }
}
