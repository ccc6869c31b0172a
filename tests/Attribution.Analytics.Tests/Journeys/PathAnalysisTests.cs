using Attribution.Analytics.Journeys;

namespace Attribution.Analytics.Tests.Journeys;

/// <summary>Path statistics on a hand-checked fixture of four converting journeys and one non-converting path.</summary>
public sealed class PathAnalysisTests
{
    private static readonly DateTimeOffset Converted = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    // email(3d) > paid(1d) > email(0)  revenue 100, lag 72 h, 3 touches
    // paid(10d) > direct(0)            revenue  50, lag 240 h, 2 touches
    // email(0.5d)                      revenue  30, lag 12 h, 1 touch
    // (no touches)                     revenue  20, lag 0, 0 touches
    private static readonly Journey[] Journeys =
    [
        JourneyOf(100, ("email", 3), ("paid", 1), ("email", 0)),
        JourneyOf(50, ("paid", 10), ("direct", 0)),
        JourneyOf(30, ("email", 0.5)),
        JourneyOf(20),
    ];

    private static readonly PathAnalysisResult Result =
        PathAnalysis.Compute(Journeys, [["paid", "display"]], AttributionOptions.Default, top: 3);

    [Fact]
    public void Compute_Fixture_TotalsAndMedians()
    {
        Assert.Equal(4, Result.Conversions);
        Assert.Equal(200, Result.Revenue);
        Assert.Equal(1.5, Result.AvgTouchpoints);
        Assert.Equal(1.5, Result.MedianTouchpoints);
        Assert.Equal(81, Result.AvgTimeToConversionHours, 1e-9);
        Assert.Equal(42, Result.MedianTimeToConversionHours, 1e-9);
    }

    [Fact]
    public void Compute_Fixture_Distributions()
    {
        Assert.Equal([new(0, 1), new(1, 1), new(2, 1), new(3, 1)], Result.PathLengthDistribution);
        var lags = Result.TimeLagDistribution.ToDictionary(l => l.Bucket, l => l.Conversions);
        Assert.Equal(13, lags.Count);
        Assert.Equal(2, lags["0-1d"]);
        Assert.Equal(1, lags["3-4d"]);
        Assert.Equal(1, lags["7-14d"]);
        Assert.Equal(4, lags.Values.Sum());
    }

    [Fact]
    public void Compute_Fixture_TopPathsByConversionsThenRevenue()
    {
        Assert.Equal(3, Result.TopPaths.Count);
        Assert.Equal(["email", "paid", "email"], Result.TopPaths[0].Path);
        Assert.Equal(100, Result.TopPaths[0].Revenue);
        Assert.Equal(0.25, Result.TopPaths[0].Share);
        Assert.Equal(["paid", "direct"], Result.TopPaths[1].Path);
        Assert.Equal(["email"], Result.TopPaths[2].Path);
    }

    [Fact]
    public void Compute_Fixture_AssistedAndLastTouch()
    {
        var assisted = Result.Assisted.ToDictionary(a => a.Channel);
        Assert.Equal(new AssistedChannel("paid", 2, 0, null), assisted["paid"]);
        Assert.Equal(new AssistedChannel("email", 0, 2, 0), assisted["email"]);
        Assert.Equal(new AssistedChannel("direct", 0, 2, 0), assisted["direct"]);
        Assert.Equal(0, assisted["display"].LastTouchConversions);
    }

    [Fact]
    public void Compute_Fixture_HeuristicCreditsAndTheEmptyJourneyOnDirect()
    {
        var credits = Result.ChannelCredits.ToDictionary(c => c.Channel);
        Assert.Equal(new CreditTotals(2, 130), credits["email"].FirstTouch);
        Assert.Equal(new CreditTotals(1, 50), credits["paid"].FirstTouch);
        Assert.Equal(new CreditTotals(2, 70), credits["direct"].LastTouch);
        Assert.Equal(new CreditTotals(1, 50), credits["paid"].LastNonDirect);
        Assert.Equal(new CreditTotals(1, 20), credits["direct"].LastNonDirect);
        Assert.Equal(2 / 3.0 + 1, credits["email"].Linear.Conversions, 1e-12);
        Assert.Equal(new CreditTotals(0, 0), credits["display"].Linear);
    }

    [Fact]
    public void Compute_Fixture_DataDrivenFittedOnConvertingAndNullPaths()
    {
        // display appears only on the non-converting path: no conversion passes through it.
        Assert.Equal(0, Result.DataDriven.RemovalEffects["display"]);
        Assert.Equal(1, Result.DataDriven.Order);
        Assert.Equal(0.8, Result.DataDriven.ConversionProbability, 1e-12);
        Assert.True(Result.DataDriven.RemovalEffects["email"] > 0);
    }

    [Fact]
    public void Compute_NoJourneys_ZerosAndAllBuckets()
    {
        var result = PathAnalysis.Compute([], [], AttributionOptions.Default);

        Assert.Equal(0, result.Conversions);
        Assert.Equal(0, result.MedianTouchpoints);
        Assert.Empty(result.TopPaths);
        Assert.Empty(result.ChannelCredits);
        Assert.Equal(13, result.TimeLagDistribution.Count);
        Assert.Equal(0, result.DataDriven.ConversionProbability);
    }

    [Fact]
    public void Compute_LongPaths_CountedByContent()
    {
        // 5 channels take 3 bits each, so paths of more than 21 touches are keyed by their contents rather than packed.
        string[] channels = ["a", "b", "c", "d", "e"];
        var longPath = Enumerable.Range(0, 30).Select(i => (channels[i * 7 % 5], 30.0 - i)).ToArray();
        var other = longPath[..^1].Append(("a", 0.0)).ToArray();
        Journey[] journeys = [JourneyOf(1, longPath), JourneyOf(2, other), JourneyOf(4, longPath)];

        var result = PathAnalysis.Compute(journeys, [], AttributionOptions.Default);

        Assert.Equal(2, result.TopPaths.Count);
        Assert.Equal(2, result.TopPaths[0].Conversions);
        Assert.Equal(5, result.TopPaths[0].Revenue);
        Assert.Equal(longPath.Select(t => t.Item1), result.TopPaths[0].Path);
        Assert.Equal(1, result.TopPaths[1].Conversions);
    }

    [Fact]
    public void Compute_TwentyThousandJourneysInSlices_MatchesNaiveCounts()
    {
        // Large enough for one slice per core, so the per-slice tallies are merged.
        var random = new Random(11);
        string[] channels = ["direct", "email", "display", "paid_search"];
        var journeys = Enumerable.Range(0, 20_000).Select(_ => JourneyOf(
            random.Next(1000),
            [.. Enumerable.Range(0, random.Next(5)).Select(i => (channels[random.Next(4)], 5.0 - i))])).ToArray();
        var nulls = Enumerable.Range(0, 5_000).Select(_ => (IReadOnlyList<string>)[channels[random.Next(4)]]).ToArray();

        var result = PathAnalysis.Compute(journeys, nulls, AttributionOptions.Default, top: 5);

        var groups = journeys.GroupBy(j => string.Join('>', j.Touches.Select(t => t.Channel)))
            .Select(g => (Path: g.Key, Count: g.Count(), Revenue: g.Sum(j => j.Revenue)))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.Revenue).Take(5).ToList();
        Assert.Equal(groups.Select(g => g.Path), result.TopPaths.Select(p => string.Join('>', p.Path)));
        Assert.Equal(groups.Select(g => g.Count), result.TopPaths.Select(p => p.Conversions));
        var model = MarkovAttribution.Fit(journeys
            .Select(j => new ChannelPath(j.Touches.Count == 0 ? ["direct"] : [.. j.Touches.Select(t => t.Channel)], 1, j.Revenue, 0))
            .Concat(nulls.Select(p => new ChannelPath(p, 0, 0, 1))));
        Assert.Equal(model.ConversionProbability, result.DataDriven.ConversionProbability, 1e-12);
        foreach (var channel in channels)
        {
            Assert.Equal(model.RemovalEffects[channel], result.DataDriven.RemovalEffects[channel], 1e-12);
            var lastTouch = journeys.Count(j => (j.Touches.Count == 0 ? "direct" : j.Touches[^1].Channel) == channel);
            var assisted = journeys.Count(j => j.Touches.Count > 0 && j.Touches[^1].Channel != channel && j.Touches.Any(t => t.Channel == channel));
            var row = result.Assisted.Single(a => a.Channel == channel);
            Assert.Equal((assisted, lastTouch), (row.AssistedConversions, row.LastTouchConversions));
            var linear = journeys.Sum(j => j.Touches.Count == 0
                ? (channel == "direct" ? j.Revenue : 0)
                : j.Revenue * j.Touches.Count(t => t.Channel == channel) / j.Touches.Count);
            Assert.Equal(linear, result.ChannelCredits.Single(c => c.Channel == channel).Linear.Revenue, 1e-6);
        }
    }

    private static Journey JourneyOf(double revenue, params (string Channel, double DaysBefore)[] touches) =>
        new([.. touches.Select(t => new Touch(t.Channel, Converted.AddDays(-t.DaysBefore)))], Converted, revenue);
}
