namespace Attribution.Analytics.Optimization;

/// <summary>A channel of a <see cref="BudgetProblem"/> and its current spend per period (the fitted window's average).</summary>
public sealed record BudgetChannel(string Name, double CurrentSpendPerPeriod);
