using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>
/// The analytic gradient of <see cref="MmmLogDensity"/> against central finite differences
/// <c>(f(x + h e_i) - f(x - h e_i)) / 2h</c>, h = 1e-6, at seeded random points of the unconstrained space (oracle:
/// calculus; the difference's truncation error is O(h^2) and its rounding error about 1e-16 |f| / h, far below the
/// tolerance |analytic - numeric| &lt;= 1e-5 max(1, |numeric|)).
/// </summary>
public sealed class MmmLogDensityTests
{
    private const double Tolerance = 1e-5;

    public static TheoryData<string, int> Cases => new()
    {
        { "weekly", 1 }, { "weekly", 2 }, { "weekly", 3 }, { "daily", 4 }, { "pymc", 5 }, { "pymc", 6 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_RandomPoints_GradientMatchesCentralDifferences(string dataset, int seed)
    {
        var problem = MmmFitter.Prepare(Dataset(dataset), new MmmOptions(MinimumPeriods: 52));
        var density = new MmmLogDensity(problem);
        var random = new Random(seed);
        var position = MmmInitializer.Initial(problem, seed);
        for (var i = 0; i < position.Length; i++)
        {
            position[i] += (random.NextDouble() * 2) - 1;
        }

        var gradient = new double[density.Dimension];
        var value = density.Evaluate(position, gradient);

        Assert.True(double.IsFinite(value));
        var scratch = new double[density.Dimension];
        for (var i = 0; i < position.Length; i++)
        {
            var h = 1e-6;
            var original = position[i];
            position[i] = original + h;
            var up = density.Evaluate(position, scratch);
            position[i] = original - h;
            var down = density.Evaluate(position, scratch);
            position[i] = original;
            var numeric = (up - down) / (2 * h);
            Assert.True(Math.Abs(gradient[i] - numeric) <= Tolerance * Math.Max(1, Math.Abs(numeric)),
                $"{problem.ParameterNames[i]}: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Unconstrain_OfConstrain_IsTheIdentity(int seed)
    {
        // Oracle: the two maps are inverses (level = intercept + sum effect mean H); tolerance 1e-9 (rounding).
        var problem = MmmFitter.Prepare(Dataset("weekly"), new MmmOptions());
        var density = new MmmLogDensity(problem);
        var position = MmmInitializer.Initial(problem, seed);

        var back = density.Unconstrain(density.Constrain(position));

        for (var i = 0; i < position.Length; i++)
        {
            Assert.Equal(position[i], back[i], 1e-9);
        }
    }

    [Fact]
    public void Evaluate_SamePositionTwice_SameValueAndGradient()
    {
        // Oracle: the density keeps scratch buffers between calls; a second call must not see the first one's state.
        var problem = MmmFitter.Prepare(Dataset("weekly"), new MmmOptions());
        var density = new MmmLogDensity(problem);
        var first = new double[density.Dimension];
        var second = new double[density.Dimension];
        var position = MmmInitializer.Initial(problem, 0);

        var a = density.Evaluate(position, first);
        density.Evaluate(MmmInitializer.Initial(problem, 1), second);
        var b = density.Evaluate(position, second);

        Assert.Equal(a, b);
        Assert.Equal(first, second);
    }

    private static MmmDataset Dataset(string name) => name switch
    {
        "weekly" => MmmSimulator.Simulate(new MmmSimulationSpec(Periods: 104, Channels: 3, Events: 2), 7).Dataset,
        "daily" => MmmSimulator.Simulate(new MmmSimulationSpec(Periods: 400, Channels: 2, Granularity: MmmGranularity.Daily, Events: 1), 8).Dataset,
        _ => PymcExample.Load(),
    };
}
