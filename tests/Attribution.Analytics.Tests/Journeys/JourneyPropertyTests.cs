using Attribution.Analytics.Journeys;
using FsCheck.Xunit;

namespace Attribution.Analytics.Tests.Journeys;

/// <summary>
/// Properties of DESIGN.md section 5 over generated journeys (<see cref="JourneyArbitraries"/>): every model's shares
/// sum to 1 and its revenue credits to the journey's revenue (1e-9 relative), per-model channel totals of the path analysis
/// equal the grand totals (1e-9 relative) and equal the sum of the per-journey credits, and the closed-form Markov chain
/// agrees with <see cref="BruteForceChain"/> (value iteration) on random small graphs (1e-9; value iteration stops at 1e-15
/// per sweep).
/// </summary>
[Properties(Arbitrary = [typeof(JourneyArbitraries)], MaxTest = 200)]
public sealed class JourneyPropertyTests
{
    private static readonly AttributionModel[] Models = Enum.GetValues<AttributionModel>();

    [Property]
    public void Credit_AnyJourneyAndModel_SharesSumToOneAndRevenueToRevenue(Journey journey, MarkovModel model)
    {
        var credits = JourneyAttribution.Credit(journey, model, AttributionOptions.Default);

        Assert.Equal(journey.Touches.Count, credits.Length);
        if (credits.Length == 0)
        {
            return;
        }

        foreach (var m in Models)
        {
            Assert.All(credits, c => Assert.InRange(c[m].Share, 0, 1));
            Assert.Equal(1, credits.Sum(c => c[m].Share), 1e-9);
            AssertRelative(journey.Revenue, credits.Sum(c => c[m].Revenue));
        }
    }

    [Property]
    public void Compute_AnyJourneys_ChannelTotalsPerModelEqualGrandTotals(Journey[] journeys, ChannelPath[] nulls)
    {
        var result = PathAnalysis.Compute(journeys, [.. nulls.Select(p => p.Channels)], AttributionOptions.Default);

        Assert.Equal(journeys.Length, result.Conversions);
        AssertRelative(journeys.Sum(j => j.Revenue), result.Revenue);
        foreach (var m in Models)
        {
            var totals = result.ChannelCredits.Select(c => Totals(c, m)).ToList();
            AssertRelative(result.Conversions, totals.Sum(t => t.Conversions));
            AssertRelative(result.Revenue, totals.Sum(t => t.Revenue));
        }
    }

    [Property]
    public void Compute_AnyJourneys_ChannelTotalsEqualTheSumOfPerJourneyCredits(Journey[] journeys)
    {
        var options = AttributionOptions.Default;
        var result = PathAnalysis.Compute(journeys, [], options);
        var model = MarkovAttribution.Fit(journeys.Select(j => new ChannelPath(
            j.Touches.Count == 0 ? [options.DirectChannel] : [.. j.Touches.Select(t => t.Channel)], 1, j.Revenue, 0)));

        foreach (var (channel, effect) in model.RemovalEffects)
        {
            Assert.Equal(effect, result.DataDriven.RemovalEffects[channel], 1e-12);
        }

        var expected = new Dictionary<(string, AttributionModel), double>();
        foreach (var journey in journeys)
        {
            var credits = JourneyAttribution.Credit(journey, model, options);
            foreach (var m in Models)
            {
                if (credits.Length == 0)
                {
                    expected[(options.DirectChannel, m)] = expected.GetValueOrDefault((options.DirectChannel, m)) + journey.Revenue;
                }

                for (var i = 0; i < credits.Length; i++)
                {
                    var key = (journey.Touches[i].Channel, m);
                    expected[key] = expected.GetValueOrDefault(key) + credits[i][m].Revenue;
                }
            }
        }

        foreach (var credit in result.ChannelCredits)
        {
            foreach (var m in Models)
            {
                AssertRelative(expected.GetValueOrDefault((credit.Channel, m)), Totals(credit, m).Revenue);
            }
        }
    }

    [Property]
    public void Fit_RandomSmallGraph_AgreesWithValueIteration(ChannelPath[] paths)
    {
        var model = MarkovAttribution.Fit(paths);
        var (probability, effects) = BruteForceChain.Solve(paths, order: 1);

        Assert.Equal(probability, model.ConversionProbability, 1e-9);
        foreach (var (channel, effect) in effects)
        {
            Assert.Equal(effect, model.RemovalEffects[channel], 1e-9);
        }
    }

    [Property(MaxTest = 100)]
    public void Fit_RandomSmallGraphSecondAndThirdOrder_AgreesWithValueIteration(ChannelPath[] paths)
    {
        foreach (var order in new[] { 2, 3 })
        {
            var model = MarkovAttribution.Fit(paths, order);
            var (probability, effects) = BruteForceChain.Solve(paths, order);

            Assert.Equal(probability, model.ConversionProbability, 1e-9);
            foreach (var (channel, effect) in effects)
            {
                Assert.Equal(effect, model.RemovalEffects[channel], 1e-9);
            }
        }
    }

    private static CreditTotals Totals(ChannelCredit credit, AttributionModel model) => model switch
    {
        AttributionModel.FirstTouch => credit.FirstTouch,
        AttributionModel.LastTouch => credit.LastTouch,
        AttributionModel.LastNonDirect => credit.LastNonDirect,
        AttributionModel.Linear => credit.Linear,
        AttributionModel.TimeDecay => credit.TimeDecay,
        AttributionModel.PositionBased => credit.PositionBased,
        _ => credit.DataDriven,
    };

    private static void AssertRelative(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
}
