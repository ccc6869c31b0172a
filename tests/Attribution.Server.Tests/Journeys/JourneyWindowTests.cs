using System.Globalization;

namespace Attribution.Server.Tests.Journeys;

/// <summary>
/// Attribution windows on a fixture conversion: touches exactly 1, 7, 14, 28, 30 and 90 days before it, each also one
/// microsecond (PostgreSQL's resolution) further out, and one a microsecond after the conversion. A window selects the
/// touches at most its length before the conversion, the edge included, and never a later touch.
/// </summary>
public sealed class JourneyWindowTests(JourneyServer fixture) : IClassFixture<JourneyServer>
{
    private static readonly DateTimeOffset ConvertedAt = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly int[] EdgeDays = [1, 7, 14, 28, 30, 90];

    [Theory]
    [InlineData("1d", "edge-1d")]
    [InlineData("7d", "edge-7d out-1d edge-1d")]
    [InlineData("14d", "edge-14d out-7d edge-7d out-1d edge-1d")]
    [InlineData("28d", "edge-28d out-14d edge-14d out-7d edge-7d out-1d edge-1d")]
    [InlineData("30d", "edge-30d out-28d edge-28d out-14d edge-14d out-7d edge-7d out-1d edge-1d")]
    [InlineData("90d", "edge-90d out-30d edge-30d out-28d edge-28d out-14d edge-14d out-7d edge-7d out-1d edge-1d")]
    public async Task Window_EdgeFixture_SelectsTheTouchesAtMostTheWindowBefore(string window, string campaigns)
    {
        var tenant = await SeedEdgesAsync();

        var list = await fixture.GetOkAsync(tenant, $"/api/admin/attribution/journeys?window={window}&from=2025-06-30&to=2025-06-30");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        var detail = await fixture.GetOkAsync(tenant, $"/api/admin/attribution/journeys/{item.GetProperty("id").GetInt64()}?window={window}&from=2025-06-30&to=2025-06-30");

        Assert.Equal(campaigns, string.Join(' ', item.GetProperty("touchpoints").EnumerateArray().Select(t => t.GetProperty("campaign").GetString())));
        Assert.Equal(item.GetRawText(), detail.GetRawText());
        var first = item.GetProperty("touchpoints")[0].GetProperty("occurredAt").GetDateTimeOffset();
        Assert.Equal(ConvertedAt - TimeSpan.FromDays(int.Parse(window[..^1], CultureInfo.InvariantCulture)), first);
        Assert.Equal(int.Parse(window[..^1], CultureInfo.InvariantCulture) * 24.0, item.GetProperty("timeToConversionHours").GetDouble(), 9);
        JourneyAssert.CreditsAddUp(item);
    }

    [Fact]
    public async Task Window_TouchOnlyOutsideOrAfter_CountsNoTouch()
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        await fixture.IngestAsync(tenant, "touchpoints",
        [
            Touch("tp-after", ConvertedAt.AddTicks(10), "after"),
            Touch("tp-out", ConvertedAt.AddDays(-1).AddTicks(-10), "out-1d"),
        ]);
        await fixture.IngestAsync(tenant, "conversions", [Conversion()]);

        var list = await fixture.GetOkAsync(tenant, "/api/admin/attribution/journeys?window=1d&from=2025-06-30&to=2025-06-30");

        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(0, item.GetProperty("touchpointCount").GetInt32());
        Assert.Empty(item.GetProperty("touchpoints").EnumerateArray());
    }

    private async Task<Guid> SeedEdgesAsync()
    {
        var (tenant, _) = await TestTenants.CreateAsync();
        var touches = new List<Dictionary<string, object?>> { Touch("tp-after", ConvertedAt.AddTicks(10), "after") };
        foreach (var days in EdgeDays)
        {
            var edge = ConvertedAt - TimeSpan.FromDays(days);
            touches.Add(Touch($"tp-edge-{days}", edge, $"edge-{days}d"));
            touches.Add(Touch($"tp-out-{days}", edge.AddTicks(-10), $"out-{days}d"));
        }

        await fixture.IngestAsync(tenant, "touchpoints", touches);
        await fixture.IngestAsync(tenant, "conversions", [Conversion()]);
        return tenant;
    }

    private static Dictionary<string, object?> Touch(string id, DateTimeOffset at, string campaign) => new()
    {
        ["externalId"] = id,
        ["customerId"] = "edge-customer",
        ["occurredAt"] = JourneyDataset.Iso(at),
        ["channel"] = "email",
        ["campaign"] = campaign,
    };

    private static Dictionary<string, object?> Conversion() => new()
    {
        ["externalId"] = "edge-order",
        ["customerId"] = "edge-customer",
        ["occurredAt"] = JourneyDataset.Iso(ConvertedAt),
        ["revenue"] = 70m,
        ["currency"] = "USD",
        ["isNewCustomer"] = true,
    };
}
