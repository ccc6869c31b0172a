using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Attribution.Api;
using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>The tenant setting is transaction-local: pooled connections reused across tenants never leak rows.</summary>
public sealed class TenantInterleavingTests
{
    /// <summary>Each tenant id visible to the request's transaction in <c>geo_kpi_daily</c>, with its row count.</summary>
    internal static readonly ApiRoute VisibleRows = new("GET", "admin/test/visible-rows", "visibleRows", "Test", "Visible rows.", ApiAccess.Read, async request =>
    {
        var tenant = request.HttpContext.Tenant();
        await using var command = await tenant.Session.CommandAsync(
            "select tenant_id, count(*) from geo_kpi_daily group by tenant_id", request.HttpContext.RequestAborted);
        await using var reader = await command.ExecuteReaderAsync(request.HttpContext.RequestAborted);
        var seen = new Dictionary<Guid, long>();
        while (await reader.ReadAsync(request.HttpContext.RequestAborted))
        {
            seen[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        return TypedResults.Ok(new { tenant = tenant.Tenant.TenantId, seen });
    });

    [Fact]
    public async Task InterleavedRequests_TwoTenantsOverTwoConnections_NeverSeeEachOthersRows()
    {
        var applicationName = "interleave-" + Guid.NewGuid().ToString("N")[..8];
        var appConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")!;
        await using var server = await TestServer.StartAsync([VisibleRows], builder =>
            builder.Configuration[ApiSettings.Postgres] = $"{appConnectionString};Maximum Pool Size=2;Application Name={applicationName}");
        var (first, _) = await TestTenants.CreateAsync();
        var (second, _) = await TestTenants.CreateAsync();
        await TenantRows.InsertGeoKpisAsync(first, 3);
        await TenantRows.InsertGeoKpisAsync(second, 5);
        var expected = new Dictionary<Guid, long> { [first] = 3, [second] = 5 };
        var tokens = expected.Keys.ToDictionary(t => t, t => TestServer.TokenFor(t, ApiRoles.Read));
        var failures = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancellationToken) =>
        {
            var tenant = i % 2 == 0 ? first : second;
            using var request = TestTokens.Request(HttpMethod.Get, "/api/admin/test/visible-rows", tokens[tenant]);
            using var response = await server.Client.SendAsync(request, cancellationToken);
            var body = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken) : default;
            var seen = body.ValueKind == JsonValueKind.Object
                ? body.GetProperty("seen").EnumerateObject().ToDictionary(p => Guid.Parse(p.Name), p => p.Value.GetInt64())
                : [];
            if (seen.Count != 1 || !seen.TryGetValue(tenant, out var rows) || rows != expected[tenant] || body.GetProperty("tenant").GetGuid() != tenant)
            {
                failures.Add($"request {i} for {tenant}: {(int)response.StatusCode} {JsonSerializer.Serialize(seen)}");
            }
        });

        Assert.Empty(failures);
        Assert.InRange(await ConnectionsNamedAsync(appConnectionString, applicationName), 1, 2);
    }

    private static async Task<long> ConnectionsNamedAsync(string connectionString, string applicationName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_stat_activity where application_name = @name", connection);
        command.Parameters.AddWithValue("name", applicationName);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
