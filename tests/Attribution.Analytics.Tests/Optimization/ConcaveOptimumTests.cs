using Attribution.Analytics.Optimization;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>
/// Fixed budgets on concave curves against closed forms. With <c>f_c(x) = beta_c x / (x + k_c)</c> (Hill with shape 1),
/// equal marginal ROI <c>beta_c k_c / (x_c + k_c)^2 = lambda</c> gives <c>x_c = sqrt(beta_c k_c / lambda) - k_c</c>, and
/// the budget B fixes <c>sqrt(lambda) = sum sqrt(beta k) / (B + sum k)</c> while every channel is inside its bounds; the
/// optimum is then <c>R(B) = sum beta - (sum sqrt(beta k))^2 / (B + sum k)</c>. Acceptance tolerance: response within 0.1%
/// (asserted at 1e-6, the table's interpolation error is about 1e-9), allocations summing to B within 1e-6 relative
/// (asserted at 1e-9).
/// </summary>
public sealed class ConcaveOptimumTests
{
    private static readonly (string Name, double Beta, double K, double S, double Current)[] Channels =
        [("search", 500, 40, 1, 60), ("social", 900, 150, 1, 80), ("video", 300, 20, 1, 40), ("display", 1200, 400, 1, 20)];

    [Theory]
    [InlineData(200)]
    [InlineData(350)]
    [InlineData(900)]
    public void Optimize_ShapeOneCurves_MatchesEqualMarginalClosedForm(double budget)
    {
        var problem = Curves.Problem(Channels);
        var request = new BudgetRequest(budget, Constraints: Curves.Wide(problem, budget));
        var sumRoot = Channels.Sum(c => Math.Sqrt(c.Beta * c.K));
        var sumK = Channels.Sum(c => c.K);
        var rootLambda = sumRoot / (budget + sumK);
        var expected = Channels.Select(c => (Math.Sqrt(c.Beta * c.K) / rootLambda) - c.K).ToArray();
        Assert.All(expected, x => Assert.True(x > 0, "the closed form needs every channel inside its bounds"));

        var result = BudgetOptimizer.Optimize(problem, request);

        Curves.Relative(budget, result.Allocations.Sum(a => a.RecommendedSpend), 1e-9);
        Curves.Relative(Channels.Sum(c => c.Beta) - (sumRoot * sumRoot / (budget + sumK)), result.Totals.OptimizedResponse, 1e-6);
        for (var c = 0; c < Channels.Length; c++)
        {
            Curves.Relative(expected[c], result.Allocations[c].RecommendedSpend, 1e-5);
            Curves.Relative(rootLambda * rootLambda, result.Allocations[c].MarginalRoi, 1e-5);
        }
    }

    [Fact]
    public void Optimize_ShapeOneCurvesWithActiveCap_CappedChannelAtMaxOthersEqualMarginal()
    {
        // Oracle: capping "display" (whose free optimum is above 60) at 60 leaves B - 60 for the other three, solved by
        // the same closed form over them; display's marginal ROI must then be above the others' common lambda.
        const double budget = 600;
        var problem = Curves.Problem(Channels);
        var constraints = Curves.Wide(problem, budget);
        constraints["display"] = new ChannelConstraint(0, 60);
        var free = Channels.Where(c => c.Name != "display").ToArray();
        var rootLambda = free.Sum(c => Math.Sqrt(c.Beta * c.K)) / (budget - 60 + free.Sum(c => c.K));

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(budget, Constraints: constraints));

        Curves.Relative(60, result.Allocations[3].RecommendedSpend, 1e-12);
        Assert.True(result.Allocations[3].MarginalRoi > rootLambda * rootLambda);
        for (var c = 0; c < 3; c++)
        {
            Curves.Relative((Math.Sqrt(free[c].Beta * free[c].K) / rootLambda) - free[c].K, result.Allocations[c].RecommendedSpend, 1e-5);
        }

        Curves.Relative(budget, result.Allocations.Sum(a => a.RecommendedSpend), 1e-9);
    }

    [Fact]
    public void Optimize_ManyConcaveDraws_EqualMarginalRoiAgainstIndependentBisection()
    {
        // Oracle: no closed form for a mixture of 200 draws with shapes in (0.4, 1]; the test solves
        // sum_c x_c(lambda) = B with its own marginal formula (Curves.Slope), bisecting lambda to 1e-13 and each x_c to 1e-13.
        var random = new Random(7);
        var draws = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 200)
            .Select(_ => (Beta: 100 + (400 * random.NextDouble()), K: 0.5 + random.NextDouble(), S: 0.4 + (0.6 * random.NextDouble()))).ToArray()).ToArray();
        var scales = new[] { 50.0, 120, 30 };
        var curves = draws.Select((d, c) => ResponseCurve.FromDraws($"c{c}", scales[c], d.Select(x => x.Beta).ToArray(), d.Select(x => x.K).ToArray(), d.Select(x => x.S).ToArray())).ToArray();
        var problem = new BudgetProblem(curves.Select(c => new BudgetChannel(c.Channel, 50)).ToArray(), new ResponseCurves(curves), 1);
        const double budget = 150;
        double Marginal(int c, double x) => draws[c].Average(d => Curves.Slope(d.Beta, d.K * scales[c], d.S, x));
        double SpendAt(int c, double lambda) => Bisect(x => Marginal(c, x) - lambda, 1e-9, budget);
        var multiplier = Bisect(lambda => Enumerable.Range(0, 3).Sum(c => SpendAt(c, lambda)) - budget, 1e-6, 1e3);

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(budget, Constraints: Curves.Wide(problem, budget)));

        for (var c = 0; c < 3; c++)
        {
            Curves.Relative(SpendAt(c, multiplier), result.Allocations[c].RecommendedSpend, 1e-5);
        }

        var optimum = Enumerable.Range(0, 3).Sum(c => draws[c].Average(d => Curves.Value(d.Beta, d.K * scales[c], d.S, SpendAt(c, multiplier))));
        Curves.Relative(optimum, result.Totals.OptimizedResponse, 1e-6);
        Curves.Relative(budget, result.Totals.RecommendedSpend, 1e-9);
    }

    /// <summary>The root of a decreasing <paramref name="f"/> on [a, b] by bisection to relative width 1e-13.</summary>
    private static double Bisect(Func<double, double> f, double a, double b)
    {
        while (b - a > 1e-13 * b)
        {
            var m = 0.5 * (a + b);
            (a, b) = f(m) > 0 ? (m, b) : (a, m);
        }

        return 0.5 * (a + b);
    }
}
