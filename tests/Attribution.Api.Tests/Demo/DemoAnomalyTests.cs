using Attribution.Api.Demo;

namespace Attribution.Api.Tests.Demo;

/// <summary>The injected anomalies show in the data where the truth says they are, and stay clear of the experiment.</summary>
public sealed class DemoAnomalyTests
{
    private readonly DemoDataset _data = DemoDatasets.Default;

    [Fact]
    public void Outage_Days_NearZeroConversionsAndTouchesWhileSpendContinues()
    {
        var outage = _data.Truth.Anomalies.Single(a => a.Kind == "drop" && a.Metric == "conversions");
        var before = Conversions(outage.Start.AddDays(-14), outage.Start.AddDays(-1)) / 14.0;

        for (var day = outage.Start; day <= outage.End; day = day.AddDays(1))
        {
            Assert.True(Conversions(day, day) < 0.1 * before, day.ToString());
            Assert.True(_data.Touchpoints.Count(t => DateOnly.FromDateTime(t.OccurredAt.UtcDateTime) == day) < 0.1 * _data.Touchpoints.Count / 730.0);
            Assert.True(_data.Spend.Where(s => s.Date == day).Sum(s => s.Spend) > 0);
        }

        Assert.Equal(2, outage.End.DayNumber - outage.Start.DayNumber + 1);
        Assert.InRange(outage.Magnitude, -1, -0.9);
    }

    [Fact]
    public void Spike_Day_RevenueWellAboveItsNeighboursFromEmailLastTouches()
    {
        var spike = _data.Truth.Anomalies.Single(a => a.Kind == "spike");
        var neighbours = Enumerable.Range(1, 7).SelectMany(d => new[] { spike.Start.AddDays(-d), spike.Start.AddDays(d) }).Select(Revenue).Order().ToList();
        var flashSale = _data.Touchpoints.Count(t => t.Campaign == "flash_sale");

        Assert.Equal(DemoChannels.Email, spike.Channel);
        Assert.True(Revenue(spike.Start) > 1.5m * neighbours[neighbours.Count / 2]);
        Assert.InRange(flashSale, 0.5 * spike.AbsoluteChange / 135, 1.5 * spike.AbsoluteChange / 135);
    }

    [Fact]
    public void SpendCut_PaidSearchAtFortyPercentForTenDays()
    {
        var cut = _data.Truth.Anomalies.Single(a => a.Kind == "levelShift");
        var during = SearchSpend(cut.Start, cut.End) / 10;
        var before = SearchSpend(cut.Start.AddDays(-14), cut.Start.AddDays(-1)) / 14;

        Assert.Equal(DemoChannels.PaidSearch, cut.Channel);
        Assert.Equal(10, cut.End.DayNumber - cut.Start.DayNumber + 1);
        Assert.InRange(during / before, 0.25m, 0.55m);
        Assert.InRange(cut.Magnitude, -0.61, -0.59);
        Assert.True(cut.RevenueImpact < 0);
    }

    [Fact]
    public void Anomalies_AllBeforeTheExperimentsPrePeriod()
    {
        var preStart = _data.Experiment.StartDate.AddDays(-_data.Experiment.PreTestDays);

        Assert.All(_data.Truth.Anomalies, a => Assert.True(a.End < preStart, a.Kind));
    }

    private int Conversions(DateOnly from, DateOnly to) => _data.GeoKpis.Where(g => g.Date >= from && g.Date <= to).Sum(g => g.Conversions);

    private decimal Revenue(DateOnly day) => _data.GeoKpis.Where(g => g.Date == day).Sum(g => g.Revenue);

    private decimal SearchSpend(DateOnly from, DateOnly to) =>
        _data.Spend.Where(s => s.Channel == DemoChannels.PaidSearch && s.Date >= from && s.Date <= to).Sum(s => s.Spend);
}
