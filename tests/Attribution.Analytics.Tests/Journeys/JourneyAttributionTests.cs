using Attribution.Analytics.Journeys;

namespace Attribution.Analytics.Tests.Journeys;

/// <summary>
/// Golden cases from the published worked examples (../shared/datasets/README.md, "Attribution"):
/// Adobe Analytics' time decay (7-day half-life: $50 purchase, paid search 9 days before, social 6 days before, email and
/// display on the day -> display $16.88, email $16.88, social $9.32, paid search $6.92, to the cent; linear $12.50 each;
/// 1-day half-life over 3 touches on consecutive days -> 1/7, 2/7, 4/7), Google's last-non-direct rows and the U-shaped
/// 1-touch and 2-touch cases. Share tolerances 1e-12; currency to the cent.
/// </summary>
public sealed class JourneyAttributionTests
{
    private static readonly DateTimeOffset Purchase = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Credit_AdobeTimeDecay7Days_MatchesPublishedDollars()
    {
        var journey = JourneyOf(50, ("paid_search", 9), ("social", 6), ("email", 0), ("display", 0));

        var credits = JourneyAttribution.Credit(journey, MarkovModel.Empty, AttributionOptions.Default);

        Assert.Equal([6.92, 9.32, 16.88, 16.88], credits.Select(c => Math.Round(c.TimeDecay.Revenue, 2)));
        Assert.All(credits, c => Assert.Equal(12.50, c.Linear.Revenue, 1e-12));
    }

    [Fact]
    public void Credit_AdobeTimeDecayOneDayHalfLife_FourTwoOneSevenths()
    {
        var journey = JourneyOf(70, ("a", 2), ("b", 1), ("c", 0));

        var credits = JourneyAttribution.Credit(journey, MarkovModel.Empty, AttributionOptions.Default with { TimeDecayHalfLifeDays = 1 });

        Assert.Equal(1 / 7.0, credits[0].TimeDecay.Share, 1e-12);
        Assert.Equal(2 / 7.0, credits[1].TimeDecay.Share, 1e-12);
        Assert.Equal(4 / 7.0, credits[2].TimeDecay.Share, 1e-12);
    }

    [Theory]
    [InlineData("Display,Social,Paid Search,Organic Search", 3)]
    [InlineData("Display,Social,Paid Search,Direct", 2)]
    [InlineData("Direct,Direct,Direct", 2)]
    [InlineData("Direct,Email,Direct,Direct", 1)]
    public void Credit_GoogleLastNonDirect_CreditsThePublishedTouch(string path, int credited)
    {
        var channels = path.Split(',');
        var journey = JourneyOf(100, [.. channels.Select((c, i) => (c, (double)(channels.Length - i)))]);

        var credits = JourneyAttribution.Credit(journey, MarkovModel.Empty, AttributionOptions.Default);

        Assert.Equal(Enumerable.Range(0, channels.Length).Select(i => i == credited ? 1.0 : 0.0), credits.Select(c => c.LastNonDirect.Share));
        Assert.Equal(100, credits[credited].LastNonDirect.Revenue);
    }

    [Fact]
    public void Credit_PositionBasedOneTouch_AllCredit()
    {
        var credits = JourneyAttribution.Credit(JourneyOf(10, ("email", 1)), MarkovModel.Empty, AttributionOptions.Default);

        Assert.Equal(1, Assert.Single(credits).PositionBased.Share);
    }

    [Fact]
    public void Credit_PositionBasedTwoTouches_HalfEach()
    {
        var credits = JourneyAttribution.Credit(JourneyOf(10, ("email", 2), ("display", 1)), MarkovModel.Empty, AttributionOptions.Default);

        Assert.Equal([0.5, 0.5], credits.Select(c => c.PositionBased.Share));
        Assert.Equal([5.0, 5.0], credits.Select(c => c.PositionBased.Revenue));
    }

    [Fact]
    public void Credit_PositionBasedFiveTouches_FortyTwentyForty()
    {
        var journey = JourneyOf(100, ("a", 5), ("b", 4), ("c", 3), ("d", 2), ("e", 1));

        var credits = JourneyAttribution.Credit(journey, MarkovModel.Empty, AttributionOptions.Default);

        Assert.Equal([40, 20 / 3.0, 20 / 3.0, 20 / 3.0, 40], credits.Select(c => c.PositionBased.Revenue), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Credit_FirstAndLast_AllOnTheEndTouches()
    {
        var credits = JourneyAttribution.Credit(JourneyOf(9, ("a", 3), ("b", 2), ("c", 1)), MarkovModel.Empty, AttributionOptions.Default);

        Assert.Equal([9.0, 0, 0], credits.Select(c => c.FirstTouch.Revenue));
        Assert.Equal([0, 0, 9.0], credits.Select(c => c.LastTouch.Revenue));
    }

    [Fact]
    public void Credit_DataDriven_SplitsByRemovalEffectThenEquallyOverAChannelsTouches()
    {
        // Channel shares A : B = 1 : 0.5 -> 2/3 and 1/3; A's 2/3 over its two touches.
        var model = new MarkovModel(1, 1, new Dictionary<string, double> { ["A"] = 1, ["B"] = 0.5 });
        var journey = JourneyOf(30, ("A", 3), ("B", 2), ("A", 1));

        var credits = JourneyAttribution.Credit(journey, model, AttributionOptions.Default);

        Assert.Equal([10, 10, 10], credits.Select(c => c.DataDriven.Revenue), new ToleranceComparer(1e-12));
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], credits.Select(c => c.DataDriven.Share), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Credit_DataDrivenAllZeroEffects_FallsBackToLinear()
    {
        var model = new MarkovModel(1, 0.5, new Dictionary<string, double> { ["A"] = 0 });

        var credits = JourneyAttribution.Credit(JourneyOf(8, ("A", 2), ("A", 1), ("unseen", 1), ("A", 0)), model, AttributionOptions.Default);

        Assert.All(credits, c => Assert.Equal(2, c.DataDriven.Revenue, 1e-12));
    }

    [Fact]
    public void Credit_NoTouches_ReturnsNoCredits() =>
        Assert.Empty(JourneyAttribution.Credit(new Journey([], Purchase, 10), MarkovModel.Empty, AttributionOptions.Default));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Credit_NonPositiveHalfLife_Throws(double halfLife) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JourneyAttribution.Credit(
            JourneyOf(1, ("a", 1)), MarkovModel.Empty, AttributionOptions.Default with { TimeDecayHalfLifeDays = halfLife }));

    private static Journey JourneyOf(double revenue, params (string Channel, double DaysBefore)[] touches) =>
        new([.. touches.Select(t => new Touch(t.Channel, Purchase.AddDays(-t.DaysBefore)))], Purchase, revenue);

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
