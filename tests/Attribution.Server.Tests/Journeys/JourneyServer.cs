using System.Net;
using System.Text;
using System.Text.Json;
using Attribution.Api.Journeys;
using Attribution.Api.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Server.Tests.Journeys;

/// <summary>One Server shared by the journeys tests of a class (each test class seeds its own fresh tenants).</summary>
public sealed class JourneyServer : IAsyncLifetime
{
    private TestServer? _server;

    internal TestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The server's model cache (its fit counter shows reuse).</summary>
    internal JourneyModelCache Models => Server.Services.GetRequiredService<JourneyModelCache>();

    /// <summary>The server's list page cache (its hit counter shows reuse).</summary>
    internal JourneyPageCache Pages => Server.Services.GetRequiredService<JourneyPageCache>();

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A fresh tenant with the dataset ingested through the ingestion routes.</summary>
    internal async Task<Guid> SeedAsync(JourneyDataset dataset)
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        await IngestAsync(tenant, "touchpoints", dataset.TouchpointRows());
        await IngestAsync(tenant, "conversions", dataset.ConversionRows());
        return tenant;
    }

    internal async Task IngestAsync(Guid tenant, string kind, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        using var request = TestServer.Request(HttpMethod.Post, $"/api/admin/attribution/ingest/{kind}", tenant, ApiRoles.Write);
        request.Content = new StringContent(JsonSerializer.Serialize(rows), Encoding.UTF8, "application/json");
        var response = await Server.Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs a path as the tenant's reader; the body parsed (default for an empty body).</summary>
    internal async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(Guid tenant, string path)
    {
        using var request = TestServer.Request(HttpMethod.Get, path, tenant, ApiRoles.Read);
        var response = await Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }

    /// <summary>GETs a path that must answer 200 and returns its body.</summary>
    internal async Task<JsonElement> GetOkAsync(Guid tenant, string path)
    {
        var (status, body) = await GetAsync(tenant, path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {body}");
        return body;
    }
}
