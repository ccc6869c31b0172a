using Attribution.Analytics.Optimization;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>
/// S-shaped curves (Hill shape above 1) on three channels against a brute-force grid at 1% of the budget: every
/// <c>(x1, x2) = (i, j) B / 100</c> with <c>x3 = B - x1 - x2 &gt;= 0</c>, scored with the test's own Hill formula
/// (<see cref="Curves.Value"/>). Acceptance: the optimizer is at least as good (asserted with a relative slack of 1e-12 for
/// rounding only).
/// </summary>
public sealed class SShapedTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    public void Optimize_ThreeSShapedChannels_AtLeastBruteForceOnePercentGrid(int seed)
    {
        var random = new Random(seed);
        var channels = Enumerable.Range(0, 3).Select(c => (Name: $"c{c}", Beta: 200 + (800 * random.NextDouble()), K: 20 + (80 * random.NextDouble()),
            S: 1.2 + (2.3 * random.NextDouble()), Current: 30 + (40 * random.NextDouble()))).ToArray();
        var budget = 40 + (200 * random.NextDouble());
        var problem = Curves.Problem(channels);
        double Total(double[] x) => channels.Select((c, i) => Curves.Value(c.Beta, c.K, c.S, x[i])).Sum();
        var brute = double.NegativeInfinity;
        for (var i = 0; i <= 100; i++)
        {
            for (var j = 0; i + j <= 100; j++)
            {
                brute = Math.Max(brute, Total([i * budget / 100, j * budget / 100, budget * (100 - i - j) / 100]));
            }
        }

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(budget, Constraints: Curves.Wide(problem, budget)));

        var spends = result.Allocations.Select(a => a.RecommendedSpend).ToArray();
        Assert.True(Total(spends) >= brute * (1 - 1e-12), $"optimizer {Total(spends):R} < brute force {brute:R}");
        Curves.Relative(Total(spends), result.Totals.OptimizedResponse, 1e-12);
        Curves.Relative(budget, spends.Sum(), 1e-9);
        Assert.All(spends, x => Assert.InRange(x, 0, budget));
    }

    [Fact]
    public void Optimize_SteepSCurveBelowItsInflection_FundsItFully()
    {
        // Oracle (closed form): channel "steep" (beta 1000, k 50, shape 4) is worth 1000 x 0.5 = 500 at 50 and almost
        // nothing at the small spends a greedy marginal climb starts from; the concave "flat" channel (beta 100, k 50)
        // earns at most 100 x 60 / 110 = 54.5 with the whole budget of 60. Best: ~all of it into "steep"
        // (1000 x 60^4 / (60^4 + 50^4) = 674.6 at x = 60); any split below that loses hundreds.
        var problem = Curves.Problem(("steep", 1000, 50, 4, 5), ("flat", 100, 50, 1, 55));

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(60, Constraints: Curves.Wide(problem, 60)));

        Assert.True(result.Allocations[0].RecommendedSpend > 55, $"steep got {result.Allocations[0].RecommendedSpend}");
        Assert.True(result.Totals.OptimizedResponse > 674.6, $"response {result.Totals.OptimizedResponse}");
    }
}
