using System.Text.Json;
using Attribution.Api.Demo;
using Attribution.Api.Demo.Truth;

namespace Attribution.Api.Tests.Demo;

/// <summary>The truth is consistent with the data: every figure recomputed here from the rows and the curve parameters.</summary>
public sealed class DemoTruthTests
{
    private readonly DemoDataset _data = DemoDatasets.Default;

    [Fact]
    public void Truth_ChannelContribution_RecomputedFromSpendRowsAndCurve()
    {
        foreach (var channel in _data.Truth.Channels)
        {
            var spend = DailySpend(channel.Channel);
            var response = Respond(spend, channel);

            Assert.Equal(channel.Spend, spend.Sum(), 6);
            Assert.Equal(spend, channel.DailySpend);
            Assert.Equal(channel.Contribution, response.Sum(), 1e-6 * channel.Contribution);
            Assert.Equal(channel.Contribution / channel.Spend, channel.Roi, 12);
            Assert.Equal(channel.Spend, channel.Platforms.Sum(p => p.Spend), 6);
        }
    }

    [Fact]
    public void Truth_MarginalRoi_PositiveAndBelowRoiForConcaveChannels()
    {
        foreach (var channel in _data.Truth.Channels)
        {
            var spend = DailySpend(channel.Channel);
            var raised = Respond([.. spend.Select(x => x * 1.01)], channel).Sum();
            var marginal = (raised - channel.Contribution) / (0.01 * channel.Spend);

            Assert.Equal(marginal, channel.MarginalRoi, 1e-6 * marginal);
            Assert.True(channel.MarginalRoi > 0, channel.Channel);
            if (channel.Shape <= 1)
            {
                Assert.True(channel.MarginalRoi < channel.Roi, channel.Channel);
            }
        }

        Assert.Contains(_data.Truth.Channels, c => c.Shape > 1);
        Assert.Contains(_data.Truth.Channels, c => c.Shape <= 1);
    }

    [Fact]
    public void Truth_ModelRevenue_IsBaselinePlusMediaAndMatchesRecordedRevenue()
    {
        var truth = _data.Truth;

        Assert.Equal(truth.Baseline.Total + truth.MediaContribution, truth.ModelRevenue, 1e-6 * truth.ModelRevenue);
        Assert.Equal(truth.Baseline.Daily.Sum(), truth.Baseline.Total, 1e-6 * truth.Baseline.Total);
        Assert.Equal(truth.Days, truth.Baseline.Daily.Count);
        Assert.Equal(truth.Days, truth.Noise.DailyFactor.Count);
        Assert.InRange(truth.MediaContribution / truth.ModelRevenue, 0.2, 0.6);
        var recorded = (double)_data.Conversions.Sum(c => c.Revenue);
        Assert.Equal(recorded, truth.Observed.Revenue, 2);
        Assert.InRange(recorded / truth.ModelRevenue, 0.95, 1.05);
    }

    [Fact]
    public void Truth_Observed_CountsTheRows()
    {
        var observed = _data.Truth.Observed;

        Assert.Equal(_data.Conversions.Count, observed.Conversions);
        Assert.Equal(_data.Touchpoints.Count, observed.Touchpoints);
        Assert.Equal(_data.Conversions.Count(c => c.IsNewCustomer), observed.NewCustomerConversions);
        Assert.Equal((double)_data.Spend.Sum(s => s.Spend), observed.Spend, 2);
        var visitorsWithTouches = _data.Touchpoints.Where(t => t.CustomerId.StartsWith("anon_", StringComparison.Ordinal)).Select(t => t.CustomerId).Distinct().Count();
        Assert.InRange(visitorsWithTouches, observed.Visitors * 0.99, observed.Visitors);
    }

    [Fact]
    public void Truth_Json_CamelCaseWithTheCurveParameters()
    {
        var json = JsonSerializer.Serialize(_data.Truth, DemoTruthJson.Options);
        using var document = JsonDocument.Parse(json);
        var channel = document.RootElement.GetProperty("channels")[0];

        Assert.Equal("paid_search", channel.GetProperty("channel").GetString());
        foreach (var name in new[] { "adstockDecay", "adstockMaxLag", "halfSaturation", "shape", "beta", "spend", "contribution", "roi", "marginalRoi" })
        {
            Assert.Equal(JsonValueKind.Number, channel.GetProperty(name).ValueKind);
        }

        Assert.Equal(3, document.RootElement.GetProperty("anomalies").GetArrayLength());
        Assert.Equal(_data.Experiment.Id, document.RootElement.GetProperty("experiment").GetProperty("id").GetGuid());
    }

    private double[] DailySpend(string channel)
    {
        var start = _data.Truth.StartDate;
        var spend = new decimal[_data.Truth.Days];
        foreach (var row in _data.Spend.Where(s => s.Channel == channel))
        {
            spend[row.Date.DayNumber - start.DayNumber] += row.Spend;
        }

        return [.. spend.Select(s => (double)s)];
    }

    /// <summary>An independent implementation of the documented curve: normalised geometric adstock, then Hill, times beta.</summary>
    private static double[] Respond(double[] spend, DemoChannelTruth curve)
    {
        var norm = Enumerable.Range(0, curve.AdstockMaxLag).Sum(l => Math.Pow(curve.AdstockDecay, l));
        var response = new double[spend.Length];
        for (var t = 0; t < spend.Length; t++)
        {
            var adstock = Enumerable.Range(0, Math.Min(t + 1, curve.AdstockMaxLag)).Sum(l => Math.Pow(curve.AdstockDecay, l) * spend[t - l]) / norm;
            response[t] = curve.Beta * Math.Pow(adstock, curve.Shape) / (Math.Pow(adstock, curve.Shape) + Math.Pow(curve.HalfSaturation, curve.Shape));
        }

        return response;
    }
}
