using System.Text.Json;
using Attribution.Analytics.Optimization;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>
/// The frontier: levels, one solved level per budget, and assembly. Oracle for responses: the shape-1 closed form
/// <c>R(B) = A - Q / (B + K)</c> of <see cref="ScenarioTests"/> (1e-6 relative).
/// </summary>
public sealed class FrontierTests
{
    private static readonly (string Name, double Beta, double K, double S, double Current)[] Channels =
        [("search", 500, 40, 1, 60), ("social", 900, 150, 1, 80), ("video", 300, 20, 1, 40)];

    [Fact]
    public void Levels_Defaults_TwentyOneStepsOfFivePercentFromHalfToOneAndAHalf()
    {
        var levels = BudgetFrontier.Levels(1000);

        Assert.Equal(21, levels.Length);
        for (var i = 0; i < 21; i++)
        {
            Assert.Equal(500 + (50 * i), levels[i], 1e-9);
        }
    }

    [Fact]
    public void SolveLevel_WideBounds_EqualsClosedFormOptimum()
    {
        var problem = Curves.Problem(Channels);
        var request = new BudgetRequest(0, Constraints: Curves.Wide(problem, 10_000));
        double a = Channels.Sum(c => c.Beta), k = Channels.Sum(c => c.K), root = Channels.Sum(c => Math.Sqrt(c.Beta * c.K));

        foreach (var budget in BudgetFrontier.Levels(problem.CurrentTotal))
        {
            var point = BudgetOptimizer.SolveLevel(problem, request, budget)!;

            Assert.Equal(budget, point.Budget);
            Curves.Relative(a - (root * root / (budget + k)), point.Response, 1e-6);
            Curves.Relative(point.Response / budget, point.Roi, 1e-12);
        }
    }

    [Fact]
    public void SolveLevel_SameAsOptimizeAtThatBudget()
    {
        // Oracle: a level is the fixed-budget scenario at that budget (here with default bounds and an S-shaped channel).
        var problem = Curves.Problem(("tv", 500, 40, 2.5, 60), ("search", 900, 150, 1, 80), ("video", 300, 20, 0.7, 40));
        var request = new BudgetRequest(126, BudgetScenario.TargetRoi, 1);

        var point = BudgetOptimizer.SolveLevel(problem, request, 126)!;
        var direct = BudgetOptimizer.Optimize(problem, new BudgetRequest(126));

        Curves.Relative(direct.Totals.OptimizedResponse, point.Response, 1e-12);
    }

    [Fact]
    public void SolveLevel_ConstraintsCannotMeetLevel_Null()
    {
        // Oracle: search's minimum 200 exceeds the level 150; at 400 the minimums sum to 200 + 0.7 x (177.8 + 88.9) = 386.7 <= 400.
        var problem = Curves.Problem(Channels);
        var request = new BudgetRequest(0, Constraints: new Dictionary<string, ChannelConstraint> { ["search"] = new(Min: 200) });

        Assert.Null(BudgetOptimizer.SolveLevel(problem, request, 150));
        Assert.NotNull(BudgetOptimizer.SolveLevel(problem, request, 400));
    }

    [Fact]
    public void Assemble_DropsInfeasibleLevelsAndSortsByBudget()
    {
        var problem = Curves.Problem(Channels);
        var recommendation = BudgetOptimizer.Optimize(problem, new BudgetRequest(180));

        var assembled = BudgetFrontier.Assemble(recommendation, [new BudgetFrontierPoint(200, 10, 0.05), null, new BudgetFrontierPoint(100, 5, 0.05)]);

        Assert.Equal([100.0, 200.0], assembled.Frontier.Select(p => p.Budget));
        Assert.Equal(recommendation.Allocations, assembled.Allocations);
    }

    [Fact]
    public void OptimizeWithFrontier_ResponseRisesWithBudget()
    {
        // Oracle: more budget can always buy at least as much (the curves increase), so the frontier is non-decreasing.
        var problem = Curves.Problem(("tv", 500, 40, 2.5, 60), ("search", 900, 150, 1, 80), ("video", 300, 20, 0.7, 40));

        var result = BudgetOptimizer.OptimizeWithFrontier(problem, new BudgetRequest(180));

        Assert.Equal(21, result.Frontier.Count);
        for (var i = 1; i < result.Frontier.Count; i++)
        {
            Assert.True(result.Frontier[i].Response >= result.Frontier[i - 1].Response);
        }
    }

    [Fact]
    public void OptimizeWithFrontier_SerialisesToJsonAndBack()
    {
        // Oracle: the result is records of numbers and lists (no NaN or infinity), so System.Text.Json round-trips it; a
        // channel with no current spend has a null change percent.
        var problem = Curves.Problem(("tv", 500, 40, 2.5, 60), ("search", 900, 150, 1, 0), ("video", 300, 20, 0.7, 40));
        var constraints = new Dictionary<string, ChannelConstraint> { ["search"] = new(Max: 30) };
        var result = BudgetOptimizer.OptimizeWithFrontier(problem, new BudgetRequest(100, Constraints: constraints));

        var back = JsonSerializer.Deserialize<BudgetAllocation>(JsonSerializer.Serialize(result))!;

        Assert.Null(result.Allocations[1].ChangePercent);
        Assert.Equal(result.Totals, back.Totals);
        Assert.Equal(result.Allocations, back.Allocations);
        Assert.Equal(result.Frontier, back.Frontier);
    }
}
