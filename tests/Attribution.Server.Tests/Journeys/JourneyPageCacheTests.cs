namespace Attribution.Server.Tests.Journeys;

/// <summary>
/// List pages are served from the page cache while the tenant's data version stays the same; any ingestion that changes
/// a row (an update of an existing conversion too, which raises no id) makes the next request rebuild the page; another
/// tenant never gets a cached page of this one. The tests of this class run one after another on their own Server.
/// </summary>
public sealed class JourneyPageCacheTests(JourneyServer fixture) : IClassFixture<JourneyServer>
{
    private const string List = "/api/admin/attribution/journeys";

    [Fact]
    public async Task List_SameRequestTwice_SecondIsServedFromTheCache()
    {
        var tenant = await fixture.SeedAsync(JourneyDataset.Create(TimeProvider.System.GetUtcNow()));
        var hits = fixture.Pages.Hits;

        var first = await fixture.GetOkAsync(tenant, $"{List}?limit=5&channel=email");
        var second = await fixture.GetOkAsync(tenant, $"{List}?limit=5&channel=email");
        await fixture.GetOkAsync(tenant, $"{List}?limit=6&channel=email");

        Assert.Equal(hits + 1, fixture.Pages.Hits);
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public async Task List_RepeatedPage_XCacheHeaderSaysMissThenHit()
    {
        var tenant = await fixture.SeedAsync(JourneyDataset.Create(TimeProvider.System.GetUtcNow()));

        var first = await CacheHeaderAsync(tenant, $"{List}?limit=2&window=7d");
        var second = await CacheHeaderAsync(tenant, $"{List}?limit=2&window=7d");

        Assert.Equal(("miss", "hit"), (first, second));
    }

    [Fact]
    public async Task List_ExistingConversionUpdated_NextPageShowsTheNewRevenue()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var before = await fixture.GetOkAsync(tenant, $"{List}?limit=3");
        var newest = data.Conversions.OrderByDescending(c => c.At).First();
        Assert.Equal(newest.OrderId, before.GetProperty("items")[0].GetProperty("orderId").GetString());

        var updated = data.ConversionRows().Single(row => (string?)row["externalId"] == newest.OrderId);
        updated["revenue"] = 12345.67m;
        await fixture.IngestAsync(tenant, "conversions", [updated]);
        var after = await fixture.GetOkAsync(tenant, $"{List}?limit=3");

        Assert.Equal(12345.67m, after.GetProperty("items")[0].GetProperty("revenue").GetDecimal());
    }

    [Fact]
    public async Task List_OtherTenantSameQuery_GetsItsOwnPage()
    {
        var tenant = await fixture.SeedAsync(JourneyDataset.Create(TimeProvider.System.GetUtcNow()));
        var other = await fixture.SeedAsync(JourneyDataset.Create(TimeProvider.System.GetUtcNow(), seed: 7));

        var mine = await fixture.GetOkAsync(tenant, $"{List}?limit=4");
        var theirs = await fixture.GetOkAsync(other, $"{List}?limit=4");

        Assert.NotEqual(mine.GetRawText(), theirs.GetRawText());
        Assert.NotEqual(
            mine.GetProperty("items")[0].GetProperty("id").GetInt64(), theirs.GetProperty("items")[0].GetProperty("id").GetInt64());
    }

    private async Task<string?> CacheHeaderAsync(Guid tenant, string path)
    {
        using var request = TestServer.Request(HttpMethod.Get, path, tenant, Attribution.Api.Tenancy.ApiRoles.Read);
        using var response = await fixture.Server.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.TryGetValues("X-Cache", out var values) ? values.Single() : null;
    }
}
