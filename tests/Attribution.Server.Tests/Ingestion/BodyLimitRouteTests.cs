using System.Net;
using System.Text;
using Attribution.Api;
using Attribution.Api.Tenancy;

namespace Attribution.Server.Tests.Ingestion;

public sealed class BodyLimitRouteTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ingest_BodyOverTheConfiguredLimit_Returns413ProblemAndWritesNothing(bool declaredLength)
    {
        await using var server = await TestServer.StartAsync(configure: builder => builder.Configuration[ApiSettings.IngestionMaxBodyBytes] = "1000");
        var (tenant, _) = await TestTenants.CreateAsync();
        var rows = string.Concat(Enumerable.Range(0, 40).Select(i => $"{{\"date\":\"2026-03-01\",\"region\":\"CA\",\"revenue\":{i},\"conversions\":1}}\n"));
        using var request = TestServer.Request(HttpMethod.Post, "/api/admin/attribution/ingest/geo-kpis", tenant, ApiRoles.Write);
        var bytes = Encoding.UTF8.GetBytes(rows);
        request.Content = declaredLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));
        request.Content.Headers.ContentType = new("application/x-ndjson");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await TenantTables.SnapshotAsync(tenant, "geo_kpi_daily")).Count);
    }

    [Fact]
    public async Task Ingest_BodyUnderTheConfiguredLimit_IsAccepted()
    {
        await using var server = await TestServer.StartAsync(configure: builder => builder.Configuration[ApiSettings.IngestionMaxBodyBytes] = "1000");
        var (tenant, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Post, "/api/admin/attribution/ingest/geo-kpis", tenant, ApiRoles.Write);
        request.Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes("date,region,revenue,conversions\n2026-03-01,CA,1,1\n")));
        request.Content.Headers.ContentType = new("text/csv");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A body stream whose length is not known up front, so the client sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
