using Attribution.Api.Demo;

namespace Attribution.Api.Tests.Demo;

/// <summary>The shape of the full default dataset (730 days, about 100,000 conversions), generated once.</summary>
public sealed class DemoGeneratorShapeTests
{
    private static readonly string[] PaidChannels =
        [DemoChannels.PaidSearch, DemoChannels.PaidSocial, DemoChannels.Display, DemoChannels.Video, DemoChannels.Affiliate];

    private readonly DemoDataset _data = DemoDatasets.Default;

    [Fact]
    public void Default_Conversions_AboutOneHundredThousandAcrossAll51Regions()
    {
        Assert.InRange(_data.Conversions.Count, 90_000, 110_000);
        Assert.Equal(51, _data.Conversions.Select(c => c.Region).Distinct().Count());
        Assert.Contains(_data.Conversions, c => c.Region == "DC");
        Assert.All(_data.Conversions, c => Assert.InRange(c.OccurredAt, Start, End));
        Assert.Equal(_data.Conversions.Count, _data.Conversions.Select(c => c.ExternalId).Distinct().Count());
    }

    [Fact]
    public void Default_Customers_NewAndReturningWithRealisticShare()
    {
        var returning = _data.Conversions.Count(c => !c.IsNewCustomer) / (double)_data.Conversions.Count;
        var firstOrders = _data.Conversions.GroupBy(c => c.CustomerId).Select(g => g.First()).ToList();

        Assert.InRange(returning, 0.2, 0.45);
        Assert.True(firstOrders.Count(c => c.IsNewCustomer) > 0.98 * firstOrders.Count);
        Assert.All(_data.Conversions.GroupBy(c => c.CustomerId), g => Assert.All(g.Skip(1), c => Assert.False(c.IsNewCustomer)));
        Assert.All(_data.Conversions.GroupBy(c => c.CustomerId), g => Assert.Single(g.Select(c => (c.Region, c.CustomerEmail)).Distinct()));
    }

    [Fact]
    public void Default_Touchpoints_ElevenChannelsAndNonConvertingVisitors()
    {
        var channels = _data.Touchpoints.Select(t => t.Channel).Distinct().ToList();
        var converters = _data.Conversions.Select(c => c.CustomerId).ToHashSet(StringComparer.Ordinal);
        var visitors = _data.Touchpoints.Select(t => t.CustomerId).Where(id => !converters.Contains(id)).Distinct().Count();

        Assert.Equal(DemoChannels.All.Order(), channels.Order());
        Assert.InRange(visitors, 2 * _data.Conversions.Count, 5 * _data.Conversions.Count);
        Assert.Equal(_data.Touchpoints.Count, _data.Touchpoints.Select(t => t.ExternalId).Distinct().Count());
        Assert.All(_data.Touchpoints.Where(t => PaidChannels.Contains(t.Channel)), t => Assert.NotEqual("", t.Platform));
    }

    [Fact]
    public void Default_Journeys_OneToTenTouchesWithinThirtyDaysBefore()
    {
        var touches = _data.Touchpoints.ToLookup(t => t.CustomerId, StringComparer.Ordinal);
        var sample = _data.Conversions.Where((_, i) => i % 50 == 0).ToList();
        var counts = sample
            .Select(c => touches[c.CustomerId].Count(t => t.OccurredAt <= c.OccurredAt && t.OccurredAt >= c.OccurredAt.AddDays(-30)))
            .ToList();

        Assert.True(counts.Count(n => n >= 1) > 0.97 * counts.Count);
        Assert.InRange(counts.Average(), 2.5, 6);
        Assert.Contains(counts, n => n >= 6);
    }

    [Fact]
    public void Default_Spend_EveryPaidChannelEveryDay()
    {
        var byChannel = _data.Spend.GroupBy(s => s.Channel).ToDictionary(g => g.Key, g => g.GroupBy(s => s.Date).ToList());

        Assert.Equal(PaidChannels.Order(), byChannel.Keys.Order());
        Assert.All(byChannel.Values, days =>
        {
            Assert.Equal(730, days.Count);
            Assert.All(days, d => Assert.True(d.Sum(s => s.Spend) > 0));
        });
        Assert.Equal(["google", "microsoft"], _data.Spend.Where(s => s.Channel == DemoChannels.PaidSearch).Select(s => s.Platform).Distinct().Order());
        Assert.Equal(["meta", "tiktok"], _data.Spend.Where(s => s.Channel == DemoChannels.PaidSocial).Select(s => s.Platform).Distinct().Order());
        Assert.All(_data.Spend, s => Assert.True(s.Impressions > 0 && s.Clicks <= s.Impressions && s.Region == ""));
    }

    [Fact]
    public void Default_GeoKpis_EveryDayAndRegionSummedFromConversions()
    {
        Assert.Equal(730 * 51, _data.GeoKpis.Count);
        Assert.Equal(_data.Conversions.Sum(c => c.Revenue), _data.GeoKpis.Sum(g => g.Revenue));
        Assert.Equal(_data.Conversions.Count, _data.GeoKpis.Sum(g => g.Conversions));
        var day = _data.Conversions[12_345];
        var date = DateOnly.FromDateTime(day.OccurredAt.UtcDateTime);
        var expected = _data.Conversions.Where(c => c.Region == day.Region && DateOnly.FromDateTime(c.OccurredAt.UtcDateTime) == date).Sum(c => c.Revenue);
        Assert.Equal(expected, _data.GeoKpis.Single(g => g.Date == date && g.Region == day.Region).Revenue);
    }

    private DateTimeOffset Start => new(_data.Truth.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private DateTimeOffset End => new(_data.Truth.EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
