using System.Text.Json;

namespace Attribution.Server.Tests.Journeys;

/// <summary>The path analysis route on a small seeded tenant.</summary>
public sealed class JourneyPathsTests(JourneyServer fixture) : IClassFixture<JourneyServer>
{
    private const string Paths = "/api/admin/attribution/journeys/paths";

    internal static readonly string[] Fields =
    [
        "conversions", "revenue", "avgTouchpoints", "medianTouchpoints", "avgTimeToConversionHours", "medianTimeToConversionHours",
        "pathLengthDistribution", "timeLagDistribution", "topPaths", "channelCredits", "assisted", "dataDriven",
    ];

    [Theory]
    [InlineData("all", "30d")]
    [InlineData("new", "7d")]
    [InlineData("returning", "90d")]
    public async Task Paths_Range_TotalsOfItsConversionsAndPerModelCreditsSumToTheRevenue(string customerType, string window)
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);
        var days = TimeSpan.FromDays(int.Parse(window[..^1], System.Globalization.CultureInfo.InvariantCulture));

        var result = await fixture.GetOkAsync(tenant, $"{Paths}?customerType={customerType}&window={window}&top=3");

        var conversions = data.Conversions.Where(c => c.OrderId != "ORD-024" && (customerType == "all" || c.IsNew == (customerType == "new"))).ToList();
        var revenue = (double)conversions.Sum(c => c.Revenue);
        Assert.Equal(Fields, result.EnumerateObject().Select(p => p.Name));
        Assert.Equal(conversions.Count, result.GetProperty("conversions").GetInt32());
        Assert.Equal(revenue, result.GetProperty("revenue").GetDouble(), 6);
        Assert.Equal(conversions.Average(c => data.TouchesOf(c, days).Count), result.GetProperty("avgTouchpoints").GetDouble(), 9);
        Assert.Equal(conversions.Count, result.GetProperty("pathLengthDistribution").EnumerateArray().Sum(p => p.GetProperty("conversions").GetInt32()));
        Assert.InRange(result.GetProperty("topPaths").GetArrayLength(), 1, 3);
        foreach (var model in JourneyAssert.Models)
        {
            var credits = result.GetProperty("channelCredits").EnumerateArray().Select(c => c.GetProperty(model)).ToList();
            Assert.Equal(revenue, credits.Sum(c => c.GetProperty("revenue").GetDouble()), 6);
            Assert.Equal(conversions.Count, credits.Sum(c => c.GetProperty("conversions").GetDouble()), 9);
        }

        var dataDriven = result.GetProperty("dataDriven");
        Assert.Equal(1, dataDriven.GetProperty("order").GetInt32());
        Assert.InRange(dataDriven.GetProperty("conversionProbability").GetDouble(), 0.0001, 1);
        Assert.Contains(dataDriven.GetProperty("removalEffects").EnumerateObject(), e => e.Value.GetDouble() > 0);
    }

    [Fact]
    public async Task Paths_AllCustomers_DataDrivenCreditsOfTheListFollowTheSameChainsRemovalEffects()
    {
        var data = JourneyDataset.Create(TimeProvider.System.GetUtcNow());
        var tenant = await fixture.SeedAsync(data);

        var effects = (await fixture.GetOkAsync(tenant, Paths)).GetProperty("dataDriven").GetProperty("removalEffects")
            .EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetDouble());
        var items = (await fixture.GetOkAsync(tenant, "/api/admin/attribution/journeys?limit=200")).GetProperty("items").EnumerateArray();

        var checkedJourneys = 0;
        foreach (var item in items.Where(i => i.GetProperty("touchpointCount").GetInt32() > 0))
        {
            var touches = item.GetProperty("touchpoints").EnumerateArray().ToList();
            var distinct = touches.Select(Channel).Distinct(StringComparer.Ordinal).ToList();
            var sum = distinct.Sum(c => effects.GetValueOrDefault(c));
            if (sum <= 0)
            {
                continue;
            }

            foreach (var channel in distinct)
            {
                var share = touches.Where(t => Channel(t) == channel).Sum(t => t.GetProperty("credits").GetProperty("dataDriven").GetProperty("share").GetDouble());
                Assert.Equal(effects.GetValueOrDefault(channel) / sum, share, 9);
            }

            checkedJourneys++;
        }

        Assert.True(checkedJourneys > 10, $"only {checkedJourneys} journeys had channels with removal effects");
    }

    [Fact]
    public async Task Paths_EmptyTenant_ZeroConversions()
    {
        var (tenant, _) = await TestTenants.CreateAsync();

        var result = await fixture.GetOkAsync(tenant, Paths);

        Assert.Equal(0, result.GetProperty("conversions").GetInt32());
        Assert.Equal(0, result.GetProperty("revenue").GetDouble());
        Assert.Empty(result.GetProperty("topPaths").EnumerateArray());
    }

    private static string Channel(JsonElement touch) => touch.GetProperty("channel").GetString()!;
}
