using System.Net;

namespace Attribution.Server.Tests.Ingestion;

public sealed class ChannelDerivationRouteTests(IngestServer fixture) : IClassFixture<IngestServer>
{
    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task IngestTouchpoints_NoChannel_DerivesItAndKeepsRawSourceAndMedium(string format)
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        List<Dictionary<string, object?>> rows =
        [
            new() { ["externalId"] = "a", ["customerId"] = "c", ["occurredAt"] = "2026-03-01T00:00:00Z", ["source"] = "Google", ["medium"] = "CPC" },
            new() { ["externalId"] = "b", ["customerId"] = "c", ["occurredAt"] = "2026-03-01T00:00:00Z", ["source"] = "l.facebook.com", ["medium"] = "paid" },
            new() { ["externalId"] = "c", ["customerId"] = "c", ["occurredAt"] = "2026-03-01T00:00:00Z", ["source"] = "(direct)", ["medium"] = "(none)" },
            new() { ["externalId"] = "d", ["customerId"] = "c", ["occurredAt"] = "2026-03-01T00:00:00Z" },
            new() { ["externalId"] = "e", ["customerId"] = "c", ["occurredAt"] = "2026-03-01T00:00:00Z", ["source"] = "newsletter", ["medium"] = "email" },
            new() { ["externalId"] = "f", ["customerId"] = "c", ["occurredAt"] = "2026-03-01T00:00:00Z", ["channel"] = "affiliate", ["source"] = "google", ["medium"] = "cpc" },
        ];

        var (status, _) = await fixture.IngestAsync(tenant, "touchpoints", format, rows);
        var stored = await TenantTables.QueryAsync(tenant, "select external_id, channel, source, medium from touchpoints order by external_id");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            [
                ["a", "paid_search", "Google", "CPC"],
                ["b", "paid_social", "l.facebook.com", "paid"],
                ["c", "direct", "(direct)", "(none)"],
                ["d", "direct", "", ""],
                ["e", "email", "newsletter", "email"],
                ["f", "affiliate", "google", "cpc"],
            ],
            stored);
    }

    [Fact]
    public async Task IngestTouchpoints_ChannelOutsideTheGrouping_Returns400NamingIt()
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        List<Dictionary<string, object?>> rows =
        [
            new() { ["externalId"] = "a", ["customerId"] = "c", ["occurredAt"] = "2026-03-01T00:00:00Z", ["channel"] = "tv" },
        ];

        var (status, body) = await fixture.IngestAsync(tenant, "touchpoints", "json", rows);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("paid_search", body.GetProperty("errors").GetProperty("rows[0].channel")[0].GetString(), StringComparison.Ordinal);
    }
}
