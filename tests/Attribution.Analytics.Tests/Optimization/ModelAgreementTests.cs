using Attribution.Analytics.Mmm;
using Attribution.Analytics.Optimization;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>
/// The optimizer and the fitted model use the same response. A simulated posterior (40 hand-made draws on a 104-week
/// dataset of three channels whose spend is flat up to a +-0.1% wiggle, which the model needs to tell media from the
/// baseline) is summarised by <see cref="MmmFitter.Summarize"/> and turned into a <see cref="BudgetProblem"/> by
/// <see cref="MmmFitter.Posterior"/>; the optimizer's current response per channel (steady state at the average spend,
/// over the fitted window) must equal the model's own response curve at multiplier 1 (the sum over weeks of the response
/// to the actual adstocked spend). Oracle and tolerances: without carry-over (decay 0) the two differ only by the wiggle,
/// a second-order effect below 1e-6 relative (asserted at 1e-5); with decay the model's first L - 1 = 7 weeks see less
/// adstock (spend before the data counts as zero), so the model is lower by at most 7 of 104 weekly responses.
/// </summary>
public sealed class ModelAgreementTests
{
    private const int Weeks = 104;

    [Fact]
    public void CurrentResponse_NoCarryOver_EqualsModelResponseCurveAtMultiplierOne()
    {
        var (fit, posterior) = Simulated(withDecay: false);

        var result = BudgetOptimizer.Optimize(BudgetProblem.FromPosterior(posterior), new BudgetRequest(posterior.Channels.Sum(c => c.Spend)));

        for (var c = 0; c < 3; c++)
        {
            var model = fit.Channels[c].ResponseCurve.Single(p => p.Multiplier == 1.0);
            Curves.Relative(model.Response, result.Allocations[c].CurrentResponse, 1e-5);
            Curves.Relative(model.Spend, result.Allocations[c].CurrentSpend, 1e-12);
        }
    }

    [Fact]
    public void CurrentResponse_WithCarryOver_ModelLowerOnlyByTheAdstockRampUp()
    {
        var (fit, posterior) = Simulated(withDecay: true);

        var result = BudgetOptimizer.Optimize(BudgetProblem.FromPosterior(posterior), new BudgetRequest(posterior.Channels.Sum(c => c.Spend)));

        for (var c = 0; c < 3; c++)
        {
            var model = fit.Channels[c].ResponseCurve.Single(p => p.Multiplier == 1.0).Response;
            var optimizer = result.Allocations[c].CurrentResponse;
            Assert.InRange(model, optimizer * (1 - (7.0 / Weeks) - 1e-5), optimizer * (1 + 1e-5));
        }
    }

    [Fact]
    public void ResponseCurve_FromPosterior_MatchesModelCurveAtOtherMultipliersWithoutCarryOver()
    {
        // Oracle: as above, at multipliers 0.5 and 1.5 of the current spend (the model's curve points 5 and 15).
        var (fit, posterior) = Simulated(withDecay: false);
        var curves = ResponseCurves.FromPosterior(posterior);

        for (var c = 0; c < 3; c++)
        {
            var perWeek = posterior.Channels[c].Spend / Weeks;
            foreach (var m in (double[])[0.5, 1.5])
            {
                var model = fit.Channels[c].ResponseCurve.Single(p => Math.Abs(p.Multiplier - m) < 1e-12).Response;
                Curves.Relative(model, curves.Channels[c].ExactResponse(m * perWeek) * Weeks, 1e-5);
                Curves.Relative(model, curves.Channels[c].Response(m * perWeek) * Weeks, 1e-5);
            }
        }
    }

    private static (MmmFit Fit, MmmPosterior Posterior) Simulated(bool withDecay)
    {
        var start = new DateOnly(2023, 1, 2);
        var bases = new[] { 1200.0, 300, 4500 };
        var dataset = new MmmDataset(
            Enumerable.Range(0, Weeks).Select(t => start.AddDays(7 * t)).ToArray(),
            ["tv", "search", "social"],
            Enumerable.Range(0, Weeks).Select(t => bases.Select((b, c) => b * (1 + (0.001 * Math.Sin(t + c)))).ToArray()).ToArray(),
            Enumerable.Range(0, Weeks).Select(t => 10_000 + (500 * Math.Sin(t / 8.0))).ToArray(),
            [],
            [],
            MmmGranularity.Weekly);
        var problem = MmmFitter.Prepare(dataset, new MmmOptions());
        var layout = problem.Layout;
        var random = new Random(11);
        var draws = Enumerable.Range(0, 40).Select(_ =>
        {
            var draw = new double[layout.Dimension];
            draw[layout.Intercept] = 0.9;
            draw[layout.Sigma] = 0.05;
            for (var c = 0; c < 3; c++)
            {
                draw[layout.EffectStart + c] = 0.02 + (0.1 * random.NextDouble());
                draw[layout.DecayStart + c] = withDecay ? 0.1 + (0.5 * random.NextDouble()) : 0;
                draw[layout.HalfSaturationStart + c] = 0.4 + (1.6 * random.NextDouble());
                draw[layout.ShapeStart + c] = 0.5 + (2 * random.NextDouble());
            }

            return draw;
        }).ToArray();
        var chain = new MmmChain(0, draws, 0, 0.1, 0.9, 0, 0);
        return (MmmFitter.Summarize(problem, [chain]), MmmFitter.Posterior(problem, [chain]));
    }
}
