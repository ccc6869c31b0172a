using System.Text.Json;
using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>
/// <see cref="MmmFitter.Summarize"/> on hand-made draws with closed-form answers. Dataset: 60 weeks, one channel
/// spending 2 in odd weeks and 0 in even weeks (scale = mean non-zero spend = 2, so scaled spend is 1 or 0), target
/// <c>y_t = 10 + 2 on_t</c> (mean 11). The draw: intercept 10/11, effect 2/11, decay 0 (no carry-over), k = 1, s = 1,
/// everything else 0, so the model reproduces the target exactly: each on-week adds 2. Closed forms: contribution
/// 30 x 2 = 60, ROI 60 / 60 = 1, relative response <c>H(m) = 2m / (1 + m)</c>, so marginal ROI
/// <c>(H(1.01) - 1) 60 / 0.6 = 1 / 2.01</c>, response at 2 x spend <c>60 H(2) = 80</c>, baseline 600, share 60 / 660.
/// Tolerance 1e-9 (rounding only).
/// </summary>
public sealed class MmmSummarizeTests
{
    private const double Exact = 1e-9;

    [Fact]
    public void Summarize_ExactDraw_ChannelFiguresMatchClosedForms()
    {
        var (problem, chain) = HandMade(2.0 / 11);

        var channel = MmmFitter.Summarize(problem, [chain]).Channels.Single();

        Assert.Equal("tv", channel.Channel);
        Assert.Equal(60, channel.Spend, Exact);
        Assert.Equal(60, channel.Contribution.Mean, Exact);
        Assert.Equal(1, channel.Roi.Mean, Exact);
        Assert.Equal(1 / 2.01, channel.MarginalRoi.Mean, Exact);
        Assert.Equal(1, channel.Cpik.Mean, Exact);
        Assert.Equal(60.0 / 660, channel.ContributionShare.Mean, Exact);
        Assert.Equal(0, channel.Adstock.Decay.Mean, Exact);
        Assert.Equal(8, channel.Adstock.MaxLag);
        Assert.Equal(2, channel.Saturation.HalfSaturation.Mean, Exact);
        Assert.Equal(1, channel.Saturation.Shape.Mean, Exact);
    }

    [Fact]
    public void Summarize_ExactDraw_ResponseCurveIsSixtyTimesRelativeHill()
    {
        var (problem, chain) = HandMade(2.0 / 11);

        var curve = MmmFitter.Summarize(problem, [chain]).Channels.Single().ResponseCurve;

        Assert.Equal(21, curve.Count);
        for (var m = 0; m <= 20; m++)
        {
            var multiplier = m / 10.0;
            Assert.Equal(multiplier, curve[m].Multiplier, Exact);
            Assert.Equal(60 * multiplier, curve[m].Spend, Exact);
            Assert.Equal(60 * 2 * multiplier / (1 + multiplier), curve[m].Response, Exact);
        }

        Assert.Equal(80, curve[20].Response, Exact);
    }

    [Fact]
    public void Summarize_ExactDraw_PerfectFitAndBaseline600()
    {
        var (problem, chain) = HandMade(2.0 / 11);

        var fit = MmmFitter.Summarize(problem, [chain]);

        Assert.Equal(1, fit.ModelFit.RSquared, Exact);
        Assert.Equal(0, fit.ModelFit.Mape, Exact);
        Assert.Equal(0, fit.ModelFit.Wmape, Exact);
        Assert.Equal(0, fit.ModelFit.Nrmse, Exact);
        Assert.Equal(1, fit.ModelFit.BayesianRSquared.Mean, Exact);
        Assert.Equal(600, fit.Baseline.Mean, Exact);
    }

    [Fact]
    public void Summarize_SingleDraw_WarnsThatRhatCannotBeComputed()
    {
        // Oracle: split R-hat needs at least 4 draws per chain.
        var (problem, chain) = HandMade(2.0 / 11);

        var fit = MmmFitter.Summarize(problem, [chain]);

        Assert.True(double.IsNaN(fit.Diagnostics.MaxRhat));
        Assert.False(fit.Diagnostics.Converged);
        Assert.Contains(fit.Warnings, w => w.Contains("R-hat could not be computed", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_TwoDraws_MeanAndType7QuantilesOfRoi()
    {
        // Oracle: ROI is linear in the effect (ROI = 11 effect / 2 here); with effects 1/11 and 3/11 the ROIs are
        // 0.5 and 1.5, mean 1, and the type-7 quantiles are 0.5 + 0.05 and 0.5 + 0.95 (Hyndman and Fan 1996).
        var (problem, first) = HandMade(1.0 / 11);
        var (_, second) = HandMade(3.0 / 11);

        var roi = MmmFitter.Summarize(problem, [first with { Draws = [first.Draws[0], second.Draws[0]] }]).Channels.Single().Roi;

        Assert.Equal(1, roi.Mean, Exact);
        Assert.Equal(0.55, roi.Lower, Exact);
        Assert.Equal(1.45, roi.Upper, Exact);
    }

    [Fact]
    public void Summarize_EffectTooLarge_WarnsImplausibleRoiAndNegativeBaseline()
    {
        // Oracle: the warning rules. Total target / total spend = 660 / 60 = 11; an effect of 3 (scaled) gives ROI 16.5 > 11,
        // and the intercept -1 makes the baseline -660.
        var (problem, chain) = HandMade(3, intercept: -1);

        var warnings = MmmFitter.Summarize(problem, [chain]).Warnings;

        Assert.Contains(warnings, w => w.StartsWith("Implausible ROI for 'tv'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("The baseline is negative", StringComparison.Ordinal));
    }

    [Fact]
    public void Posterior_ExactDraw_SteadyStateResponseAtSpend2Is2()
    {
        // Oracle: beta = effect (1 + k^s) x 11 = 4 target units per week; a steady spend of 2 per week (scaled 1) gives
        // beta hill(1) = 4 x 1/2 = 2, the target's increase in an on-week.
        var (problem, chain) = HandMade(2.0 / 11);

        var posterior = MmmFitter.Posterior(problem, [chain]);
        var channel = posterior.Channels.Single();

        Assert.Equal(1, posterior.Draws);
        Assert.Equal(60, posterior.Periods);
        Assert.Equal(2, channel.SpendScale, Exact);
        Assert.Equal(4, channel.Beta[0], Exact);
        Assert.Equal(2, channel.Beta[0] * HillSaturation.Evaluate(2 / channel.SpendScale, channel.HalfSaturation[0], channel.Shape[0]), Exact);
    }

    [Fact]
    public void Posterior_SerialisesToJsonAndBack()
    {
        // Oracle: a records-of-arrays type round-trips through System.Text.Json unchanged.
        var (problem, chain) = HandMade(2.0 / 11);
        var posterior = MmmFitter.Posterior(problem, [chain]);

        var back = JsonSerializer.Deserialize<MmmPosterior>(JsonSerializer.Serialize(posterior))!;

        Assert.Equal(posterior.Granularity, back.Granularity);
        Assert.Equal(posterior.Channels[0].Beta, back.Channels[0].Beta);
        Assert.Equal(posterior.Channels[0].Channel, back.Channels[0].Channel);
    }

    [Fact]
    public void Summarize_DrawOfWrongLength_Throws()
    {
        var (problem, chain) = HandMade(2.0 / 11);

        Assert.Throws<ArgumentException>(() => MmmFitter.Summarize(problem, [chain with { Draws = [[1, 2, 3]] }]));
    }

    /// <summary>
    /// CPIK is S over the contribution, so its estimate maps the contribution's: mean S / mean C, interval [S / upper C,
    /// S / lower C]. Draws with effects 2/11 x (1, 1, ..., 1, 0.001): the per-draw mean of S / C would be dominated by the
    /// near-zero draw (about 1000 x) and fall outside its own 90% interval; the mapped estimate stays inside.
    /// </summary>
    [Fact]
    public void Summarize_NearZeroContributionDraw_CpikMeanStaysInsideItsInterval()
    {
        var (problem, chain) = HandMade(2.0 / 11);
        var draws = Enumerable.Range(0, 20).Select(i =>
        {
            var draw = (double[])chain.Draws[0].Clone();
            draw[problem.Layout.EffectStart] *= i == 19 ? 0.001 : 1 + (0.01 * i);
            return draw;
        }).ToArray();

        var channel = MmmFitter.Summarize(problem, [chain with { Draws = draws }]).Channels.Single();

        Assert.Equal(channel.Spend / channel.Contribution.Mean, channel.Cpik.Mean, Exact);
        Assert.Equal(channel.Spend / channel.Contribution.Upper, channel.Cpik.Lower, Exact);
        Assert.Equal(channel.Spend / channel.Contribution.Lower, channel.Cpik.Upper, Exact);
        Assert.InRange(channel.Cpik.Mean, channel.Cpik.Lower, channel.Cpik.Upper);
    }

    internal static (MmmProblem Problem, MmmChain Chain) HandMade(double effect, double intercept = 10.0 / 11)
    {
        const int weeks = 60;
        var start = new DateOnly(2023, 1, 2);
        var on = Enumerable.Range(0, weeks).Select(t => t % 2 == 1 ? 1.0 : 0).ToArray();
        var dataset = new MmmDataset(
            Enumerable.Range(0, weeks).Select(t => start.AddDays(7 * t)).ToArray(),
            ["tv"],
            on.Select(o => new[] { 2 * o }).ToArray(),
            on.Select(o => 10 + (2 * o)).ToArray(),
            [],
            [],
            MmmGranularity.Weekly);
        var problem = MmmFitter.Prepare(dataset, new MmmOptions());
        var layout = problem.Layout;
        var draw = new double[layout.Dimension];
        draw[layout.Intercept] = intercept;
        draw[layout.EffectStart] = effect;
        draw[layout.DecayStart] = 0;
        draw[layout.HalfSaturationStart] = 1;
        draw[layout.ShapeStart] = 1;
        draw[layout.Sigma] = 0.1;
        return (problem, new MmmChain(0, [draw], 0, 0.1, 0.9, 0, 0));
    }
}
