namespace Attribution.Analytics.Optimization;

/// <summary>
/// What the optimizer is asked for (see <see cref="BudgetOptimizer.Optimize"/>): <see cref="FixedBudget"/> spends exactly
/// the total budget for the largest expected response; <see cref="TargetRoi"/> finds the largest budget whose optimized
/// total ROI still reaches the target; <see cref="TargetMarginalRoi"/> spends each channel until its marginal ROI falls to
/// the target.
/// </summary>
public enum BudgetScenario
{
    FixedBudget,
    TargetRoi,
    TargetMarginalRoi,
}
