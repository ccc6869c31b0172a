using Attribution.Analytics.Optimization;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>Requests that cannot be met throw <see cref="BudgetInfeasibleException"/> naming the member (the HTTP 400's field).</summary>
public sealed class InfeasibleTests
{
    private static readonly BudgetProblem Problem = Curves.Problem(("tv", 500, 40, 1, 60), ("search", 900, 150, 2, 80));

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Optimize_BadBudget_NamesTotalBudget(double budget) =>
        AssertNames("totalBudget", new BudgetRequest(budget));

    [Fact]
    public void Optimize_MinimumsAboveBudget_NamesTotalBudget() =>
        AssertNames("totalBudget", new BudgetRequest(100, Constraints: new Dictionary<string, ChannelConstraint> { ["tv"] = new(Min: 90), ["search"] = new(Min: 20) }));

    [Fact]
    public void Optimize_MaximumsBelowFixedBudget_NamesTotalBudget() =>
        AssertNames("totalBudget", new BudgetRequest(100, Constraints: new Dictionary<string, ChannelConstraint> { ["tv"] = new(Max: 30), ["search"] = new(Max: 30) }));

    [Fact]
    public void Optimize_LockedSpendAboveBudget_NamesTotalBudget() =>
        AssertNames("totalBudget", new BudgetRequest(50, Constraints: new Dictionary<string, ChannelConstraint> { ["search"] = new(Locked: true) }));

    [Fact]
    public void Optimize_MinAboveMax_NamesTheChannel() =>
        AssertNames("constraints.tv", new BudgetRequest(140, Constraints: new Dictionary<string, ChannelConstraint> { ["tv"] = new(50, 40) }));

    [Fact]
    public void Optimize_UnknownChannel_NamesIt() =>
        AssertNames("constraints.radio", new BudgetRequest(140, Constraints: new Dictionary<string, ChannelConstraint> { ["radio"] = new(Max: 10) }));

    [Fact]
    public void Optimize_NegativeMin_NamesTheMin() =>
        AssertNames("constraints.tv.min", new BudgetRequest(140, Constraints: new Dictionary<string, ChannelConstraint> { ["tv"] = new(Min: -5) }));

    [Fact]
    public void Optimize_NaNMax_NamesTheMax() =>
        AssertNames("constraints.search.max", new BudgetRequest(140, Constraints: new Dictionary<string, ChannelConstraint> { ["search"] = new(Max: double.NaN) }));

    [Fact]
    public void Optimize_LockedOutsideItsMin_NamesTheChannel() =>
        AssertNames("constraints.tv", new BudgetRequest(140, Constraints: new Dictionary<string, ChannelConstraint> { ["tv"] = new(Min: 70, Locked: true) }));

    [Theory]
    [InlineData(BudgetScenario.TargetRoi)]
    [InlineData(BudgetScenario.TargetMarginalRoi)]
    public void Optimize_TargetScenarioWithoutTarget_NamesTarget(BudgetScenario scenario) =>
        AssertNames("target", new BudgetRequest(140, scenario));

    [Fact]
    public void Optimize_NegativeTarget_NamesTarget() =>
        AssertNames("target", new BudgetRequest(140, BudgetScenario.TargetRoi, -1));

    [Fact]
    public void Optimize_UnreachableTargetRoi_NamesTarget()
    {
        // Oracle: total response is below beta_tv + beta_search = 1,400 at any spend, and the bounds force at least
        // 0.7 x 140 = 98 of spend, so ROI < 1400 / 98 = 14.3 < 20.
        AssertNames("target", new BudgetRequest(140, BudgetScenario.TargetRoi, 20));
    }

    [Fact]
    public void Optimize_TargetCapBelowMinimums_NamesTotalBudget() =>
        AssertNames("totalBudget", new BudgetRequest(50, BudgetScenario.TargetRoi, 1));

    private static void AssertNames(string constraint, BudgetRequest request)
    {
        var error = Assert.Throws<BudgetInfeasibleException>(() => BudgetOptimizer.Optimize(Problem, request));
        Assert.Equal(constraint, error.Constraint);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
