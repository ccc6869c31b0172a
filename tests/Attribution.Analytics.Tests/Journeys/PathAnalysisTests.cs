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

    private static Journey JourneyOf(double revenue, params (string Channel, double DaysBefore)[] touches) =>
        new([.. touches.Select(t => new Touch(t.Channel, Converted.AddDays(-t.DaysBefore)))], Converted, revenue);
}
