namespace Attribution.Analytics.Optimization;

/// <summary>One point of the response/budget frontier: the optimized expected response over the horizon at a total budget, and its ROI.</summary>
public sealed record BudgetFrontierPoint(double Budget, double Response, double Roi);
