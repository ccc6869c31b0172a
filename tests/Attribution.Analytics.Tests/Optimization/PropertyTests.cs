using Attribution.Analytics.Optimization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>
/// Properties over random problems (2-6 channels, 1-20 draws each with shapes in [0.5, 3], random current spends, some
/// channels locked, some with explicit min/max around or away from the current spend, budgets from 50% to 150% of the
/// current total): no bound is ever violated (1e-9 relative), locked channels keep their spend exactly, the spends sum to
/// the budget (1e-9 relative), and at the current total with the current allocation feasible the optimized response is
/// at least the current one (exact posterior means, 1e-12 relative slack for rounding).
/// </summary>
public sealed class PropertyTests
{
    [Property(MaxTest = 150)]
    public void Optimize_RandomProblem_BoundsLocksAndBudgetHold(PositiveInt seed)
    {
        var (problem, request) = RandomCase(seed.Get);
        BudgetAllocation result;
        try
        {
            result = BudgetOptimizer.Optimize(problem, request);
        }
        catch (BudgetInfeasibleException error)
        {
            Assert.Equal("totalBudget", error.Constraint);
            return;
        }

        foreach (var allocation in result.Allocations)
        {
            var slack = 1e-9 * request.TotalBudget;
            Assert.InRange(allocation.RecommendedSpend, allocation.MinSpend - slack, allocation.MaxSpend + slack);
            if (allocation.Locked)
            {
                Assert.Equal(allocation.CurrentSpend, allocation.RecommendedSpend);
            }

            if (request.Constraints!.TryGetValue(allocation.Channel, out var constraint) && !constraint.Locked)
            {
                Assert.True(constraint.Min is null || allocation.RecommendedSpend >= constraint.Min.Value - slack);
                Assert.True(constraint.Max is null || allocation.RecommendedSpend <= constraint.Max.Value + slack);
            }
        }

        Curves.Relative(request.TotalBudget, result.Totals.RecommendedSpend, 1e-9);
    }

    [Property(MaxTest = 150)]
    public void Optimize_CurrentTotalWithFeasibleCurrent_NeverWorseThanCurrent(PositiveInt seed)
    {
        var (problem, random) = RandomProblem(seed.Get);
        var constraints = Constraints(problem, random, aroundCurrent: true);
        var request = new BudgetRequest(problem.CurrentTotal, Constraints: constraints);

        var result = BudgetOptimizer.Optimize(problem, request);

        Assert.True(result.Totals.OptimizedResponse >= result.Totals.CurrentResponse * (1 - 1e-12),
            $"optimized {result.Totals.OptimizedResponse:R} < current {result.Totals.CurrentResponse:R}");
        Assert.All(result.Allocations.Where(a => a.Locked), a => Assert.Equal(a.CurrentSpend, a.RecommendedSpend));
    }

    internal static (BudgetProblem Problem, Random Random) RandomProblem(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(2, 7);
        var draws = random.Next(1, 21);
        var curves = Enumerable.Range(0, count).Select(c =>
        {
            var scale = 10 + (990 * random.NextDouble());
            double[] Draw(double low, double high) => [.. Enumerable.Range(0, draws).Select(_ => low + ((high - low) * random.NextDouble()))];
            var s = random.NextDouble() < 0.5 ? Draw(0.5, 1) : Draw(0.5, 3);
            return ResponseCurve.FromDraws($"ch{c}", scale, Draw(0, 5000), Draw(0.2, 3), s);
        }).ToArray();
        var channels = curves.Select(c => new BudgetChannel(c.Channel, random.NextDouble() < 0.1 ? 0 : c.SpendScale * (0.2 + random.NextDouble()))).ToArray();
        return (new BudgetProblem(channels, new ResponseCurves(curves), 1 + random.Next(52)), random);
    }

    private static (BudgetProblem Problem, BudgetRequest Request) RandomCase(int seed)
    {
        var (problem, random) = RandomProblem(seed);
        var constraints = Constraints(problem, random, aroundCurrent: false);
        return (problem, new BudgetRequest(problem.CurrentTotal * (0.5 + random.NextDouble()), Constraints: constraints));
    }

    /// <summary>Per channel: 20% locked, 30% an explicit min and/or max (around the current spend when asked), else defaults.</summary>
    private static Dictionary<string, ChannelConstraint> Constraints(BudgetProblem problem, Random random, bool aroundCurrent)
    {
        var constraints = new Dictionary<string, ChannelConstraint>();
        foreach (var channel in problem.Channels)
        {
            var current = channel.CurrentSpendPerPeriod * problem.HorizonPeriods;
            var roll = random.NextDouble();
            if (roll < 0.2)
            {
                constraints[channel.Name] = new ChannelConstraint(Locked: true);
            }
            else if (roll < 0.5)
            {
                var min = aroundCurrent ? current * random.NextDouble() : current * 2 * random.NextDouble();
                var max = aroundCurrent ? current * (1 + random.NextDouble()) : min + (current * 2 * random.NextDouble());
                constraints[channel.Name] = new ChannelConstraint(random.NextDouble() < 0.7 ? min : null, random.NextDouble() < 0.7 ? max : null);
            }
        }

        return constraints;
    }
}
