using System.Text.Json;
using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>Reproducibility and starting points of <see cref="MmmFitter"/> (oracle: everything is seeded by (seed, chain)).</summary>
public sealed class MmmFitterTests
{
    private static readonly MmmOptions Small = new(Chains: 2, Draws: 40, Warmup: 60, Seed: 5);

    [Fact]
    public void Fit_SameSeed_IdenticalFit()
    {
        var dataset = Dataset();

        var first = MmmFits.Fit(dataset, Small);
        var second = MmmFits.Fit(dataset, Small);

        Assert.Equal(Json(first.Fit), Json(second.Fit));
        Assert.Equal(first.Chains[1].Draws, second.Chains[1].Draws);
    }

    [Fact]
    public void Fit_DifferentSeed_DifferentDraws()
    {
        var dataset = Dataset();

        var first = MmmFitter.SampleChain(MmmFitter.Prepare(dataset, Small), 0);
        var second = MmmFitter.SampleChain(MmmFitter.Prepare(dataset, Small with { Seed = 6 }), 0);

        Assert.NotEqual(first.Draws[^1], second.Draws[^1]);
    }

    [Fact]
    public void SampleChain_ReturnsConstrainedDrawsInLayoutOrder()
    {
        // Oracle: the constraints of the layout: effects, k, s, sigma > 0 and decay in (0, 1).
        var problem = MmmFitter.Prepare(Dataset(), Small);
        var layout = problem.Layout;

        var chain = MmmFitter.SampleChain(problem, 1);

        Assert.Equal(1, chain.Chain);
        Assert.Equal(40, chain.Draws.Length);
        Assert.All(chain.Draws, d => Assert.Equal(layout.Dimension, d.Length));
        Assert.All(chain.Draws, d => Assert.True(d[layout.Sigma] > 0 && d[layout.EffectStart] > 0 && d[layout.HalfSaturationStart] > 0 && d[layout.ShapeStart] > 0));
        Assert.All(chain.Draws, d => Assert.InRange(d[layout.DecayStart], 0, 1));
        Assert.True(chain.GradientEvaluations > 100);
        Assert.True(chain.StepSize > 0);
    }

    [Fact]
    public void Initial_FourChains_StartAtDistinctFinitePoints()
    {
        var problem = MmmFitter.Prepare(Dataset(), new MmmOptions());
        var density = new MmmLogDensity(problem);
        var gradient = new double[density.Dimension];

        var starts = Enumerable.Range(0, 4).Select(c => MmmInitializer.Initial(problem, c)).ToArray();

        Assert.All(starts, s => Assert.True(double.IsFinite(density.Evaluate(s, gradient))));
        for (var i = 0; i < problem.Layout.Dimension; i++)
        {
            Assert.Equal(4, starts.Select(s => s[i]).Distinct().Count());
        }
    }

    [Fact]
    public void ParameterNames_FollowTheDocumentedLayout()
    {
        var problem = MmmFitter.Prepare(Dataset(), Small);

        Assert.Equal(
            ["intercept", "trend", "season[sin 365.25d h1]", "season[cos 365.25d h1]", "season[sin 365.25d h2]", "season[cos 365.25d h2]",
             "control[event_1]", "effect[channel_1]", "effect[channel_2]", "decay[channel_1]", "decay[channel_2]",
             "halfSaturation[channel_1]", "halfSaturation[channel_2]", "shape[channel_1]", "shape[channel_2]", "sigma"],
            problem.ParameterNames);
    }

    private static MmmDataset Dataset() => MmmSimulator.Simulate(new MmmSimulationSpec(Periods: 60, Channels: 2, Events: 1), 4).Dataset;

    private static string Json(MmmFit fit) =>
        JsonSerializer.Serialize(fit, new JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });
}
