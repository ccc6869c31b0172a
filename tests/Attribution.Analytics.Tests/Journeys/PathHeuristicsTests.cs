using Attribution.Analytics.Journeys;

namespace Attribution.Analytics.Tests.Journeys;

/// <summary>Heuristic credit of aggregated paths: the rules of <see cref="JourneyAttribution"/> weighted by each path's conversions and value.</summary>
public sealed class PathHeuristicsTests
{
    private static readonly ChannelPath[] Paths =
    [
        new(["Display", "Social", "Paid Search", "Direct"], 2, 100, 5),
        new(["Direct", "Direct"], 1, 10, 0),
        new(["Email", "Email", "Display"], 3, 30, 1),
    ];

    [Fact]
    public void Credit_LastNonDirect_GoogleRows()
    {
        var credits = PathHeuristics.Credit(Paths, AttributionModel.LastNonDirect, AttributionOptions.Default).ToDictionary(c => c.Channel);

        Assert.Equal(new ChannelTotal("Paid Search", 2, 100), credits["Paid Search"]);
        Assert.Equal(new ChannelTotal("Direct", 1, 10), credits["Direct"]);
        Assert.Equal(new ChannelTotal("Display", 3, 30), credits["Display"]);
    }

    [Fact]
    public void Credit_Linear_RepeatsCount()
    {
        var credits = PathHeuristics.Credit(Paths, AttributionModel.Linear, AttributionOptions.Default).ToDictionary(c => c.Channel);

        Assert.Equal(2, credits["Email"].Conversions, 1e-12);
        Assert.Equal(20, credits["Email"].Value, 1e-12);
        Assert.Equal(1.5, credits["Direct"].Conversions, 1e-12);
    }

    [Theory]
    [InlineData(AttributionModel.FirstTouch)]
    [InlineData(AttributionModel.LastTouch)]
    [InlineData(AttributionModel.LastNonDirect)]
    [InlineData(AttributionModel.Linear)]
    [InlineData(AttributionModel.PositionBased)]
    public void Credit_EachModel_SumsToTotals(AttributionModel model)
    {
        var credits = PathHeuristics.Credit(Paths, model, AttributionOptions.Default);

        Assert.Equal(6, credits.Sum(c => c.Conversions), 1e-12);
        Assert.Equal(140, credits.Sum(c => c.Value), 1e-12);
    }

    [Theory]
    [InlineData(AttributionModel.TimeDecay)]
    [InlineData(AttributionModel.DataDriven)]
    public void Credit_ModelNeedingTimesOrAChain_Throws(AttributionModel model) =>
        Assert.Throws<ArgumentException>(() => PathHeuristics.Credit(Paths, model, AttributionOptions.Default));
}
