namespace Attribution.Server.Tests.Journeys;

/// <summary>
/// The data-driven model of a (tenant, window, range) is fitted once and reused by later list pages and details, shared by
/// concurrent first requests, and refitted once new data arrives for the tenant. This class's tests run one after another
/// on their own Server, so its fit counter counts only them.
/// </summary>
public sealed class JourneyModelReuseTests(JourneyServer fixture) : IClassFixture<JourneyServer>
{
    private const string List = "/api/admin/attribution/journeys";

    [Fact]
    public async Task List_LaterRequests_ReuseTheFitUntilNewDataIsIngested()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var fits = fixture.Models.Fits;

        var first = await fixture.GetOkAsync(tenant, $"{List}?limit=5");
        Assert.Equal(fits + 1, fixture.Models.Fits);

        var second = await fixture.GetOkAsync(tenant, $"{List}?limit=5&cursor={first.GetProperty("nextCursor").GetString()}");
        await fixture.GetOkAsync(tenant, $"{List}?limit=50&customerType=new&channel=email&search=ord");
        await fixture.GetOkAsync(tenant, $"{List}/{second.GetProperty("items")[0].GetProperty("id").GetInt64()}");
        var again = await fixture.GetOkAsync(tenant, $"{List}?limit=5");
        Assert.Equal(fits + 1, fixture.Models.Fits);
        Assert.Equal(first.GetRawText(), again.GetRawText());

        await fixture.IngestAsync(tenant, "touchpoints",
        [
            new() { ["externalId"] = "tp-new", ["customerId"] = "C-0", ["occurredAt"] = JourneyDataset.Iso(data.Conversions[0].At.AddMinutes(-1)), ["channel"] = "video" },
        ]);
        var refitted = await fixture.GetOkAsync(tenant, $"{List}?limit=5");
        await fixture.GetOkAsync(tenant, $"{List}?limit=5");

        Assert.Equal(fits + 2, fixture.Models.Fits);
        Assert.Equal(["video"], refitted.GetProperty("items")[0].GetProperty("channels").EnumerateArray().Select(c => c.GetString()).TakeLast(1));
    }

    [Fact]
    public async Task List_ConcurrentFirstRequests_ShareOneFit()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var fits = fixture.Models.Fits;

        var pages = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => fixture.GetOkAsync(tenant, $"{List}?window=14d&limit=3")));

        Assert.Equal(fits + 1, fixture.Models.Fits);
        Assert.All(pages, p => Assert.Equal(pages[0].GetRawText(), p.GetRawText()));
    }

    [Fact]
    public async Task List_OtherWindowOrRangeOrTenant_FitsItsOwnModel()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var other = await fixture.SeedAsync(data);
        var fits = fixture.Models.Fits;

        await fixture.GetOkAsync(tenant, $"{List}?window=7d");
        await fixture.GetOkAsync(tenant, $"{List}?window=28d");
        await fixture.GetOkAsync(tenant, $"{List}?window=7d&from=2024-01-01&to=2024-01-31");
        await fixture.GetOkAsync(other, $"{List}?window=7d");
        await fixture.GetOkAsync(other, $"{List}?window=7d&limit=1");

        Assert.Equal(fits + 4, fixture.Models.Fits);
    }
}
