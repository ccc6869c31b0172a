using System.Net;
using System.Text.Json;

namespace Attribution.Server.Tests.Journeys;

/// <summary>The journey list and detail routes on a small seeded tenant (DESIGN.md section 3, Journeys).</summary>
public sealed class JourneyListTests(JourneyServer fixture) : IClassFixture<JourneyServer>
{
    private const string List = "/api/admin/attribution/journeys";
    private static readonly TimeSpan ThirtyDays = TimeSpan.FromDays(30);

    [Fact]
    public async Task List_DefaultFilters_EveryJourneyOfTheLast30DaysInFullShapeNewestFirst()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);

        var page = await fixture.GetOkAsync(tenant, $"{List}?limit=200");

        var expected = data.Conversions.Where(c => c.OrderId != "ORD-024").OrderByDescending(c => c.At).ToList();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["items", "nextCursor"], page.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        Assert.Equal(expected.Select(c => c.OrderId), items.Select(i => i.GetProperty("orderId").GetString()));
        for (var i = 0; i < items.Count; i++)
        {
            JourneyAssert.Matches(expected[i], data.TouchesOf(expected[i], ThirtyDays), items[i]);
        }

        Assert.Contains(items, i => i.GetProperty("touchpointCount").GetInt32() == 0);
        Assert.Contains(items, i => i.GetProperty("touchpointCount").GetInt32() > 2);
    }

    [Fact]
    public async Task Get_EveryListedJourney_EqualsItsDetail()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var (from, to) = Range(data);

        foreach (var query in new[] { "", "?window=7d", $"?window=90d&from={from}&to={to}" })
        {
            var separator = query.Length == 0 ? "?" : "&";
            var items = (await fixture.GetOkAsync(tenant, $"{List}{query}{separator}limit=200")).GetProperty("items").EnumerateArray().ToList();
            Assert.NotEmpty(items);
            foreach (var item in items)
            {
                var detail = await fixture.GetOkAsync(tenant, $"{List}/{item.GetProperty("id").GetInt64()}{query}");
                Assert.Equal(item.GetRawText(), detail.GetRawText());
            }
        }
    }

    [Theory]
    [InlineData("", 5, 24)]
    [InlineData("customerType=returning&", 1, 16)]
    [InlineData("window=7d&channel=email&", 2, -1)]
    public async Task List_FollowingNextCursor_WalksEveryJourneyOnceThenNull(string filters, int limit, int total)
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var all = (await fixture.GetOkAsync(tenant, $"{List}?{filters}limit=200"))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();

        var walked = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await fixture.GetOkAsync(tenant, $"{List}?{filters}limit={limit}" + (cursor is null ? "" : $"&cursor={cursor}"));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 0, limit);
            walked.AddRange(items.Select(i => i.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 100);

        Assert.Null(cursor);
        Assert.True(all.Count > limit, $"the walk should span several pages ({all.Count} journeys)");
        Assert.Equal(all, walked);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.True(total < 0 || total == walked.Count, $"expected {total} journeys, walked {walked.Count}");
    }

    [Theory]
    [InlineData("ord-00", "ORD-000 ORD-001 ORD-002 ORD-003 ORD-004 ORD-005 ORD-006 ORD-007 ORD-008 ORD-009")]
    [InlineData("ORD-017", "ORD-017")]
    [InlineData("c-3", "ORD-003 ORD-010 ORD-017")]
    [InlineData("BUYER2@example.COM", "ORD-002 ORD-009 ORD-016 ORD-023")]
    [InlineData("buyer6", "ORD-006 ORD-013 ORD-020")]
    [InlineData("%", "")]
    [InlineData("ord_", "")]
    [InlineData("RD-0", "")]
    public async Task List_Search_MatchesOrderCustomerOrEmailPrefixIgnoringCase(string search, string orderIds)
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);

        var page = await fixture.GetOkAsync(tenant, $"{List}?limit=200&search={Uri.EscapeDataString(search)}");

        var found = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("orderId").GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(orderIds, string.Join(' ', found));
    }

    [Fact]
    public async Task List_ChannelAndCustomerType_OnlyMatchingJourneys()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var inRange = data.Conversions.Where(c => c.OrderId != "ORD-024").ToList();

        foreach (var channel in JourneyDataset.Channels)
        {
            foreach (var (type, isNew) in new[] { ("all", (bool?)null), ("new", true), ("returning", false) })
            {
                var page = await fixture.GetOkAsync(tenant, $"{List}?limit=200&window=7d&channel={channel}&customerType={type}");

                var expected = inRange
                    .Where(c => (isNew is null || c.IsNew == isNew) && data.TouchesOf(c, TimeSpan.FromDays(7)).Any(t => t.Channel == channel))
                    .OrderByDescending(c => c.At).Select(c => c.OrderId);
                Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("orderId").GetString()));
            }
        }
    }

    [Fact]
    public async Task List_FromTo_SelectsConversionsByUtcDayInclusive()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var old = data.Conversions.Single(c => c.OrderId == "ORD-024");
        var day = old.At.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var page = await fixture.GetOkAsync(tenant, $"{List}?from={day}&to={day}");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        JourneyAssert.Matches(old, data.TouchesOf(old, ThirtyDays), item);
    }

    [Theory]
    [InlineData("window=2d", "window")]
    [InlineData("from=2025-02-30", "from")]
    [InlineData("to=tomorrow", "to")]
    [InlineData("from=2025-03-02&to=2025-03-01", "from")]
    [InlineData("from=2020-01-01&to=2025-01-01", "from")]
    [InlineData("customerType=vip", "customerType")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("cursor=AAAAAAAAAAAAAAAAAAAAAA", "cursor")]
    [InlineData("channel=tv", "channel")]
    public async Task List_BadFilter_Returns400NamingTheParameter(string query, string parameter)
    {
        var (tenant, _) = await TestTenants.CreateAsync();

        var (status, body) = await fixture.GetAsync(tenant, $"{List}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([parameter], body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/paths?top=0", "top")]
    [InlineData("/paths?top=101", "top")]
    [InlineData("/paths?customerType=any", "customerType")]
    [InlineData("/paths?window=365d", "window")]
    [InlineData("/paths?from=2025-01-01&to=2024-12-31", "from")]
    [InlineData("/1?window=0d", "window")]
    [InlineData("/1?to=2025-13-01", "to")]
    public async Task OtherRoutes_BadFilter_Returns400NamingTheParameter(string pathAndQuery, string parameter)
    {
        var (tenant, _) = await TestTenants.CreateAsync();

        var (status, body) = await fixture.GetAsync(tenant, List + pathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([parameter], body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Get_OtherTenantsOrUnknownId_Returns404()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var owner = await fixture.SeedAsync(data);
        var (other, _) = await TestTenants.CreateAsync();
        var id = (await fixture.GetOkAsync(owner, $"{List}?limit=1")).GetProperty("items")[0].GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.OK, (await fixture.GetAsync(owner, $"{List}/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetAsync(other, $"{List}/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetAsync(owner, $"{List}/{long.MaxValue}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetAsync(owner, $"{List}/abc")).Status);
    }

    private static (string From, string To) Range(JourneyDataset data)
    {
        static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (Day(data.Conversions.Min(c => c.At)), Day(data.Conversions.Max(c => c.At)));
    }
}
