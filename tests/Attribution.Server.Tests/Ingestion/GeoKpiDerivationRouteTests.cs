using System.Net;

namespace Attribution.Server.Tests.Ingestion;

public sealed class GeoKpiDerivationRouteTests(IngestServer fixture) : IClassFixture<IngestServer>
{
    private const string Derive = "?source=conversions&from=2026-03-01&to=2026-03-02";

    [Fact]
    public async Task DeriveGeoKpis_ConversionsWithRegion_AggregatesByUtcDateAndRegionAndReplayChangesNothing()
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        List<Dictionary<string, object?>> conversions =
        [
            Conversion("o-1", "2026-03-01T10:00:00Z", 100m, "CA"),
            Conversion("o-2", "2026-03-01T23:30:00-05:00", 50m, "CA"),
            Conversion("o-3", "2026-03-01T12:00:00Z", 20.25m, "NY"),
            Conversion("o-4", "2026-03-01T12:00:00Z", 999m, null),
            Conversion("o-5", "2026-03-03T12:00:00Z", 999m, "CA"),
        ];
        await fixture.IngestAsync(tenant, "conversions", "json", conversions);

        var (status, body) = await fixture.PostAsync(tenant, "geo-kpis", "application/json", "", Derive);
        var stored = await TenantTables.QueryAsync(tenant, "select date::text, region, revenue::text, conversions::text from geo_kpi_daily order by date, region");
        var (_, replay) = await fixture.PostAsync(tenant, "geo-kpis", "application/json", "", Derive);

        Assert.Equal(HttpStatusCode.OK, status);
        IngestServer.AssertCounts(body, 3, 3, 0);
        Assert.Equal(
            [
                ["2026-03-01", "CA", "100.00", "1"],
                ["2026-03-01", "NY", "20.25", "1"],
                ["2026-03-02", "CA", "50.00", "1"],
            ],
            stored);
        IngestServer.AssertCounts(replay, 3, 0, 0);
    }

    [Fact]
    public async Task DeriveGeoKpis_AfterAConversionChanges_UpdatesItsDay()
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        await fixture.IngestAsync(tenant, "conversions", "json", [Conversion("o-1", "2026-03-01T10:00:00Z", 100m, "CA"), Conversion("o-2", "2026-03-02T10:00:00Z", 5m, "CA")]);
        await fixture.PostAsync(tenant, "geo-kpis", "application/json", "", Derive);
        await fixture.IngestAsync(tenant, "conversions", "json", [Conversion("o-3", "2026-03-01T11:00:00Z", 1m, "CA")]);

        var (_, body) = await fixture.PostAsync(tenant, "geo-kpis", "application/json", "", Derive);

        IngestServer.AssertCounts(body, 2, 0, 1);
    }

    [Theory]
    [InlineData("?source=orders&from=2026-03-01&to=2026-03-02", "source")]
    [InlineData("?source=conversions&to=2026-03-02", "from")]
    [InlineData("?source=conversions&from=2026-03-01", "to")]
    [InlineData("?source=conversions&from=2026-03-01&to=03/02/2026", "to")]
    [InlineData("?source=conversions&from=2026-03-02&to=2026-03-01", "to")]
    [InlineData("?source=conversions&from=2000-01-01&to=2026-03-01", "to")]
    [InlineData("?from=2026-03-01&to=2026-03-02", "source")]
    public async Task DeriveGeoKpis_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var (tenant, _) = await TestTenants.CreateAsync();

        var (status, body) = await fixture.PostAsync(tenant, "geo-kpis", "application/json", "", query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.GetRawText());
    }

    [Fact]
    public async Task DeriveGeoKpis_WithABody_Returns400NamingTheBody()
    {
        var (tenant, _) = await TestTenants.CreateAsync();

        var (status, body) = await fixture.PostAsync(tenant, "geo-kpis", "application/json", "[]", Derive);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("body", out _), body.GetRawText());
    }

    private static Dictionary<string, object?> Conversion(string id, string at, decimal revenue, string? region) => new()
    {
        ["externalId"] = id,
        ["customerId"] = "c-" + id,
        ["occurredAt"] = at,
        ["revenue"] = revenue,
        ["currency"] = "USD",
        ["isNewCustomer"] = true,
        ["region"] = region,
    };
}
