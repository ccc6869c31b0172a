using Attribution.Analytics.Journeys;
using MathNet.Numerics.LinearAlgebra;

namespace Attribution.Analytics.Tests.Journeys;

/// <summary>
/// Golden cases from the ChannelAttribution white paper (Altomare and Loris, "ChannelAttribution: Markov model for online
/// multi-channel attribution"): paths A&gt;B&gt;A&gt;B&gt;B&gt;A, A&gt;B&gt;B&gt;A&gt;A and A&gt;A with one conversion each and no nulls have removal
/// effects A = 1 and B = 0.5 and credited conversions A = 2 and B = 1 (the exact absorbing-chain solution; the package's
/// Monte-Carlo walks give 2.0995 / 0.9005). Tolerance 1e-12 (closed form, only rounding error).
/// </summary>
public sealed class MarkovAttributionTests
{
    private const double Exact = 1e-12;

    private static readonly ChannelPath[] WhitePaper =
    [
        new(["A", "B", "A", "B", "B", "A"], 1, 10, 0),
        new(["A", "B", "B", "A", "A"], 1, 20, 0),
        new(["A", "A"], 1, 30, 0),
    ];

    [Fact]
    public void Fit_WhitePaperCase_RemovalEffectsAre1AndHalf()
    {
        var model = MarkovAttribution.Fit(WhitePaper);

        Assert.Equal(1, model.Order);
        Assert.Equal(1, model.ConversionProbability, Exact);
        Assert.Equal(1, model.RemovalEffects["A"], Exact);
        Assert.Equal(0.5, model.RemovalEffects["B"], Exact);
    }

    [Fact]
    public void Fit_WhitePaperCase_CreditsTwoAndOneConversions()
    {
        var model = MarkovAttribution.Fit(WhitePaper);

        Assert.Equal(2, model.CreditedConversions["A"], Exact);
        Assert.Equal(1, model.CreditedConversions["B"], Exact);
        Assert.Equal(40, model.CreditedValue["A"], Exact);
        Assert.Equal(20, model.CreditedValue["B"], Exact);
        Assert.Equal(2 / 3.0, model.Weights["A"], Exact);
    }

    [Fact]
    public void Fit_NullPaths_LowerTheConversionProbabilityAndFeedTheChain()
    {
        // start -> A (1/2) or B (1/2); A converts 2 of 3 times, B never: P = 1/3; removing A leaves 0, removing B
        // leaves P unchanged (B never converts), so RE_A = 1 and RE_B = 0.
        var model = MarkovAttribution.Fit([new(["A"], 2, 5, 1), new(["B"], 0, 0, 3)]);

        Assert.Equal(1 / 3.0, model.ConversionProbability, Exact);
        Assert.Equal(1, model.RemovalEffects["A"], Exact);
        Assert.Equal(0, model.RemovalEffects["B"], Exact);
        Assert.Equal(2, model.CreditedConversions["A"], Exact);
    }

    [Fact]
    public void Fit_RepeatsCollapse_SameAsWithoutRepeats()
    {
        var collapsed = MarkovAttribution.Fit([new(["A", "B"], 1, 1, 1), new(["B"], 1, 1, 0)]);
        var repeated = MarkovAttribution.Fit([new(["A", "A", "B", "B"], 1, 1, 1), new(["B", "B", "B"], 1, 1, 0)]);

        Assert.Equal(collapsed.ConversionProbability, repeated.ConversionProbability, Exact);
        Assert.Equal(collapsed.RemovalEffects["A"], repeated.RemovalEffects["A"], Exact);
        Assert.Equal(collapsed.RemovalEffects["B"], repeated.RemovalEffects["B"], Exact);
    }

    [Fact]
    public void Fit_SecondOrderOnWhitePaper_RemovingAKillsEveryConversion()
    {
        // Every path starts with A, so every second-order state involves A's history: removing A leaves P = 0.
        var model = MarkovAttribution.Fit(WhitePaper, order: 2);

        Assert.Equal(2, model.Order);
        Assert.Equal(1, model.ConversionProbability, Exact);
        Assert.Equal(1, model.RemovalEffects["A"], Exact);
    }

    [Fact]
    public void Fit_NoConversions_ZeroProbabilityAndEffects()
    {
        var model = MarkovAttribution.Fit([new(["A", "B"], 0, 0, 4)]);

        Assert.Equal(0, model.ConversionProbability);
        Assert.All(model.RemovalEffects.Values, e => Assert.Equal(0, e));
        Assert.All(model.CreditedConversions.Values, e => Assert.Equal(0, e));
    }

    [Fact]
    public void Fit_NegativeCount_Throws() =>
        Assert.Throws<ArgumentException>(() => MarkovAttribution.Fit([new(["A"], -1, 0, 0)]));

    [Theory]
    [InlineData(0)]
    [InlineData(MarkovTransitions.MaxOrder + 1)]
    public void Fit_OrderOutOfRange_Throws(int order) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MarkovAttribution.Fit(WhitePaper, order));

    [Fact]
    public void Fit_SixtyChannels_MatchesOneFreshSolvePerRemovedChannel()
    {
        // The closed form (one fundamental matrix for every channel) against the textbook way: for each channel, rebuild
        // I - Q with that channel's row emptied (its visitors go to null) and solve the absorption probabilities again.
        var random = new Random(7);
        var paths = Enumerable.Range(0, 3000).Select(_ => new ChannelPath(
            [.. Enumerable.Range(0, 1 + random.Next(6)).Select(_ => $"c{random.Next(60):D2}")], random.Next(3), 1, random.Next(4))).ToList();

        var model = MarkovAttribution.Fit(paths);

        var channels = model.RemovalEffects.Keys.Order(StringComparer.Ordinal).ToList();
        var index = channels.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var (q, r, s) = (new double[60, 60], new double[60], new double[60]);
        var totals = new double[60];
        foreach (var path in paths.Where(p => p.Conversions + p.Nulls > 0))
        {
            var states = path.Channels.Where((c, i) => i == 0 || path.Channels[i - 1] != c).Select(c => index[c]).ToList();
            s[states[0]] += path.Conversions + path.Nulls;
            for (var i = 0; i + 1 < states.Count; i++)
            {
                q[states[i], states[i + 1]] += path.Conversions + path.Nulls;
                totals[states[i]] += path.Conversions + path.Nulls;
            }

            r[states[^1]] += path.Conversions;
            totals[states[^1]] += path.Conversions + path.Nulls;
        }

        double Solve(int removed)
        {
            var a = Matrix<double>.Build.Dense(60, 60, (i, j) => (i == j ? 1 : 0) - (i == removed || totals[i] == 0 ? 0 : q[i, j] / totals[i]));
            var rhs = Vector<double>.Build.Dense(60, i => i == removed || totals[i] == 0 ? 0 : r[i] / totals[i]);
            return Vector<double>.Build.Dense(s).DotProduct(a.Solve(rhs)) / s.Sum();
        }

        var p = Solve(-1);
        Assert.Equal(p, model.ConversionProbability, 1e-12);
        foreach (var channel in channels)
        {
            Assert.Equal(1 - (Solve(index[channel]) / p), model.RemovalEffects[channel], 1e-10);
        }
    }
}
