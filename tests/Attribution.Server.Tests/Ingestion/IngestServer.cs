using System.Net;
using System.Text;
using System.Text.Json;
using Attribution.Api.Tenancy;

namespace Attribution.Server.Tests.Ingestion;

/// <summary>One Server shared by the ingestion tests of a class (each test uses its own fresh tenant).</summary>
public sealed class IngestServer : IAsyncLifetime
{
    private TestServer? _server;

    internal TestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>POSTs a body to <c>/api/admin/attribution/ingest/{kind}</c> as the tenant's writer.</summary>
    internal async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(Guid tenant, string kind, string contentType, string body, string query = "")
    {
        using var request = TestServer.Request(HttpMethod.Post, $"/api/admin/attribution/ingest/{kind}{query}", tenant, ApiRoles.Write);
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        var response = await Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }

    /// <summary>POSTs rows in a format (json, ndjson or csv).</summary>
    internal Task<(HttpStatusCode Status, JsonElement Body)> IngestAsync(Guid tenant, string kind, string format, IReadOnlyList<Dictionary<string, object?>> rows) =>
        PostAsync(tenant, kind, IngestBodies.ContentType(format), IngestBodies.Build(format, rows));

    internal static void AssertCounts(JsonElement body, long received, long inserted, long updated)
    {
        Assert.Equal(received, body.GetProperty("received").GetInt64());
        Assert.Equal(inserted, body.GetProperty("inserted").GetInt64());
        Assert.Equal(updated, body.GetProperty("updated").GetInt64());
    }
}
