using Attribution.Analytics.Optimization;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>
/// The target scenarios against closed forms on shape-1 curves <c>beta x / (x + k)</c> with wide bounds [0, 10,000]:
/// the fixed-budget optimum is <c>R(B) = A - Q / (B + K)</c> with <c>A = sum beta</c>, <c>Q = (sum sqrt(beta k))^2</c>,
/// <c>K = sum k</c> (see <see cref="ConcaveOptimumTests"/>), so target ROI t is met up to the positive root of
/// <c>t B^2 + (t K - A) B + (Q - A K) = 0</c>; target marginal ROI t spends <c>x_c = sqrt(beta_c k_c / t) - k_c</c>
/// (clamped at 0). Tolerances: 1e-6 relative (bisection and interpolation errors are below 1e-8).
/// </summary>
public sealed class ScenarioTests
{
    private static readonly (string Name, double Beta, double K, double S, double Current)[] Channels =
        [("search", 500, 40, 1, 60), ("social", 900, 150, 1, 80), ("video", 300, 20, 1, 40)];

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.2)]
    public void Optimize_TargetRoi_SpendsTheLargestBudgetReachingTheTarget(double target)
    {
        var problem = Curves.Problem(Channels);
        double a = Channels.Sum(c => c.Beta), k = Channels.Sum(c => c.K), root = Channels.Sum(c => Math.Sqrt(c.Beta * c.K));
        var q = root * root;
        var expected = ((a - (target * k)) + Math.Sqrt(Math.Pow((target * k) - a, 2) - (4 * target * (q - (a * k))))) / (2 * target);

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(10_000, BudgetScenario.TargetRoi, target, Curves.Wide(problem, 10_000)));

        Curves.Relative(expected, result.Totals.RecommendedSpend, 1e-6);
        Curves.Relative(target, result.Totals.OptimizedRoi, 1e-6);
        Curves.Relative(a - (q / (expected + k)), result.Totals.OptimizedResponse, 1e-6);
        Assert.Equal(target, result.Target);
    }

    [Fact]
    public void Optimize_TargetRoiWithSCurves_NoLargerBudgetReachesTheTarget()
    {
        // Oracle: the definition, checked with the frontier (same wide bounds, so the same optimum at each budget): ROI at the
        // answer reaches the target (1e-6 for the search's interpolation) and every larger budget tried falls short; with
        // S-curves R(B)/B first rises, so the answer is the upper crossing.
        var problem = Curves.Problem(("tv", 1000, 60, 2.5, 50), ("search", 900, 150, 1, 80), ("video", 400, 30, 3, 40));
        var request = new BudgetRequest(10_000, BudgetScenario.TargetRoi, 3, Curves.Wide(problem, 10_000));

        var result = BudgetOptimizer.Optimize(problem, request);

        var budget = result.Totals.RecommendedSpend;
        Assert.True(result.Totals.OptimizedRoi >= 3 * (1 - 1e-6), $"ROI {result.Totals.OptimizedRoi}");
        foreach (var factor in (double[])[1.001, 1.1, 1.5, 3, 10])
        {
            Assert.True(BudgetOptimizer.SolveLevel(problem, request, budget * factor)!.Roi < 3);
        }
    }

    [Fact]
    public void Optimize_TargetRoiBelowTheCapsRoi_SpendsTheCap()
    {
        // Oracle: R(B)/B decreases (R concave, R(0) = 0); at the cap 100 it is R(100)/100 = 5.9, above the target 1, so the whole cap is spent.
        var problem = Curves.Problem(Channels);

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(100, BudgetScenario.TargetRoi, 1, Curves.Wide(problem, 10_000)));

        Curves.Relative(100, result.Totals.RecommendedSpend, 1e-9);
    }

    [Fact]
    public void Optimize_TargetMarginalRoi_SpendsEachChannelUntilItsMarginalRoiIsTheTarget()
    {
        const double target = 0.8;
        var problem = Curves.Problem(Channels);

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(10_000, BudgetScenario.TargetMarginalRoi, target, Curves.Wide(problem, 10_000)));

        for (var c = 0; c < Channels.Length; c++)
        {
            Curves.Relative(Math.Sqrt(Channels[c].Beta * Channels[c].K / target) - Channels[c].K, result.Allocations[c].RecommendedSpend, 1e-6);
            Curves.Relative(target, result.Allocations[c].MarginalRoi, 1e-6);
        }
    }

    [Fact]
    public void Optimize_TargetMarginalRoiAboveWhatAChannelEverReturns_ChannelStaysAtItsMinimum()
    {
        // Oracle: for "video" at shape 1 the marginal ROI is at most beta / k = 300 / 20 = 15 (at x = 0) < 20: spend nothing
        // beyond its minimum 0. "search" has beta / k = 12.5 < 20 too; "social" 6. Everything stays at 0.
        var problem = Curves.Problem(Channels);

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(10_000, BudgetScenario.TargetMarginalRoi, 20, Curves.Wide(problem, 10_000)));

        Assert.All(result.Allocations, a => Assert.Equal(0, a.RecommendedSpend));
    }

    [Fact]
    public void Optimize_TargetMarginalRoiOnAnSCurveThatNeverPaysBack_StaysAtMinimum()
    {
        // Oracle: f = 100 x^2 / (x^2 + 50^2) has f(x)/x <= 100 / (2 x 50) = 1 (at x = 50), so at target 1.5 every spend
        // loses (f(x) - 1.5 x < 0) and argmax f - 1.5 x on [5, 500] is the minimum 5; the concave channel (beta 1000,
        // k 10) spends sqrt(1000 x 10 / 1.5) - 10 = 71.65.
        var problem = Curves.Problem(("s", 100, 50, 2, 40), ("c", 1000, 10, 1, 40));
        var constraints = new Dictionary<string, ChannelConstraint> { ["s"] = new(5, 500), ["c"] = new(0, 500) };

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(10_000, BudgetScenario.TargetMarginalRoi, 1.5, constraints));

        Assert.Equal(5, result.Allocations[0].RecommendedSpend);
        Curves.Relative(Math.Sqrt(1000 * 10 / 1.5) - 10, result.Allocations[1].RecommendedSpend, 1e-6);
    }

    [Fact]
    public void Optimize_TargetMarginalRoiAboveTheCap_SpendsTheCapAtEqualMarginalRoi()
    {
        // Oracle: at t = 0.8 the channels would spend 118 + 261 + 67 = 446 > cap 200, so the fixed-budget optimum at 200 is returned:
        // equal marginal ROI (closed form of ConcaveOptimumTests), which is above the target.
        var problem = Curves.Problem(Channels);
        var rootLambda = Channels.Sum(c => Math.Sqrt(c.Beta * c.K)) / (200 + Channels.Sum(c => c.K));

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(200, BudgetScenario.TargetMarginalRoi, 0.8, Curves.Wide(problem, 10_000)));

        Curves.Relative(200, result.Totals.RecommendedSpend, 1e-9);
        Assert.All(result.Allocations, a => Curves.Relative(rootLambda * rootLambda, a.MarginalRoi, 1e-5));
        Assert.True(rootLambda * rootLambda > 0.8);
    }

    [Fact]
    public void Optimize_FixedBudgetDefaults_BoundsAreThirtyPercentAroundCurrentScaledToBudget()
    {
        // Oracle: the documented default: reference = current x budget / current total (here x 1.5), bounds (1 -+ 0.3) x reference.
        var problem = Curves.Problem(Channels);

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(270));

        for (var c = 0; c < Channels.Length; c++)
        {
            Curves.Relative(0.7 * 1.5 * Channels[c].Current, result.Allocations[c].MinSpend, 1e-12);
            Curves.Relative(1.3 * 1.5 * Channels[c].Current, result.Allocations[c].MaxSpend, 1e-12);
        }

        Curves.Relative(270, result.Totals.RecommendedSpend, 1e-9);
    }

    [Fact]
    public void Optimize_LockedChannel_KeepsSpendAndOthersShareTheRest()
    {
        // Oracle: "social" locked at 80; the reference of the others is current x (240 - 80) / (60 + 40) = 1.6 x current.
        var problem = Curves.Problem(Channels);
        var constraints = new Dictionary<string, ChannelConstraint> { ["social"] = new(Locked: true) };

        var result = BudgetOptimizer.Optimize(problem, new BudgetRequest(240, Constraints: constraints));

        Assert.Equal(80, result.Allocations[1].RecommendedSpend);
        Assert.True(result.Allocations[1].Locked);
        Curves.Relative(0.7 * 1.6 * 60, result.Allocations[0].MinSpend, 1e-12);
        Curves.Relative(240, result.Totals.RecommendedSpend, 1e-9);
    }
}
