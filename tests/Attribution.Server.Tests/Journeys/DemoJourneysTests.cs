using System.Text.Json;

namespace Attribution.Server.Tests.Journeys;

/// <summary>
/// The three journeys routes on a tenant seeded by <c>seed-demo</c> (DESIGN.md section 3, issue 4): full shapes, a listed
/// journey equals its detail, every page's credits add up, path-analysis credits per model sum to the total revenue, and
/// bad filters are 400s naming the parameter.
/// </summary>
public sealed class DemoJourneysTests(DemoJourneysFixture demo) : IClassFixture<DemoJourneysFixture>
{
    private const string List = "/api/admin/attribution/journeys";

    [Theory]
    [InlineData("window=30d")]
    [InlineData("window=7d&customerType=new")]
    [InlineData("window=90d&channel=paid_search")]
    public async Task List_DemoTenant_FullShapesOnEveryPageAndCreditsAddUp(string filters)
    {
        var seen = new HashSet<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await demo.Api.GetOkAsync(demo.Tenant, $"{List}?{filters}&limit=200" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.Equal(["items", "nextCursor"], page.EnumerateObject().Select(p => p.Name));
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                Assert.Equal(JourneyAssert.ItemFields, item.EnumerateObject().Select(p => p.Name));
                Assert.True(seen.Add(item.GetProperty("id").GetInt64()), "a journey was listed twice");
                var touches = item.GetProperty("touchpoints").EnumerateArray().ToList();
                Assert.Equal(touches.Count, item.GetProperty("touchpointCount").GetInt32());
                Assert.Equal(touches.Select(t => t.GetProperty("channel").GetString()), item.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
                Assert.All(touches, t => Assert.Equal(JourneyAssert.TouchFields, t.EnumerateObject().Select(p => p.Name)));
                JourneyAssert.CreditsAddUp(item);
            }

            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 20);

        Assert.True(seen.Count > 50, $"only {seen.Count} journeys listed for {filters}");
        Assert.Null(cursor);
    }

    [Fact]
    public async Task Detail_DemoTenant_EqualsTheListedJourney()
    {
        var items = (await demo.Api.GetOkAsync(demo.Tenant, $"{List}?window=14d&limit=40")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("touchpointCount").GetInt32() > 2);

        foreach (var item in items.Where((_, i) => i % 4 == 0))
        {
            var detail = await demo.Api.GetOkAsync(demo.Tenant, $"{List}/{item.GetProperty("id").GetInt64()}?window=14d");
            Assert.Equal(item.GetRawText(), detail.GetRawText());
        }
    }

    [Theory]
    [InlineData("all")]
    [InlineData("returning")]
    public async Task Paths_DemoTenant_FullShapeAndCreditsPerModelSumToTheTotalRevenue(string customerType)
    {
        var result = await demo.Api.GetOkAsync(demo.Tenant, $"{List}/paths?customerType={customerType}&top=5");

        Assert.Equal(JourneyPathsTests.Fields, result.EnumerateObject().Select(p => p.Name));
        var (conversions, revenue) = (result.GetProperty("conversions").GetInt32(), result.GetProperty("revenue").GetDouble());
        Assert.True(conversions > 100, $"{conversions} conversions in the last 30 days");
        foreach (var model in JourneyAssert.Models)
        {
            var credits = result.GetProperty("channelCredits").EnumerateArray().Select(c => c.GetProperty(model)).ToList();
            Assert.Equal(revenue, credits.Sum(c => c.GetProperty("revenue").GetDouble()), 6);
            Assert.Equal(conversions, credits.Sum(c => c.GetProperty("conversions").GetDouble()), 6);
        }

        AssertFields(result, "pathLengthDistribution");
        AssertFields(result, "timeLagDistribution");
        AssertFields(result, "topPaths", "path", "conversions", "revenue", "share");
        AssertFields(result, "assisted", "channel", "assistedConversions", "lastTouchConversions", "ratio");
        Assert.All(result.GetProperty("channelCredits").EnumerateArray(), c => Assert.Equal(["channel", .. JourneyAssert.Models], c.EnumerateObject().Select(p => p.Name)));
        Assert.InRange(result.GetProperty("topPaths").GetArrayLength(), 1, 5);
        var dataDriven = result.GetProperty("dataDriven");
        Assert.Equal(["order", "conversionProbability", "removalEffects"], dataDriven.EnumerateObject().Select(p => p.Name));
        Assert.True(dataDriven.GetProperty("removalEffects").EnumerateObject().Count() >= 5);
    }

    [Theory]
    [InlineData("?window=45d", "window")]
    [InlineData("?customerType=everyone", "customerType")]
    [InlineData("?channel=billboard", "channel")]
    [InlineData("?from=2026-02-30", "from")]
    [InlineData("?limit=500", "limit")]
    [InlineData("?cursor=zzz", "cursor")]
    [InlineData("/paths?top=1000", "top")]
    [InlineData("/paths?to=yesterday", "to")]
    public async Task Routes_DemoTenantBadFilter_Return400NamingTheParameter(string query, string parameter)
    {
        var (status, body) = await demo.Api.GetAsync(demo.Tenant, List + query);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.Equal([parameter], body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    /// <summary>Every element of the array has at least these fields (the distributions: a bucket and its conversions).</summary>
    private static void AssertFields(JsonElement result, string array, params string[] fields)
    {
        var items = result.GetProperty(array).EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var expected = fields.Length > 0 ? fields : ["conversions"];
        Assert.All(items, i => Assert.All(expected, f => Assert.True(i.TryGetProperty(f, out _), $"{array}[] lacks {f}: {i}")));
    }
}
