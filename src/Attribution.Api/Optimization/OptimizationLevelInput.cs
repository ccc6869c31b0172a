namespace Attribution.Api.Optimization;

/// <summary>One frontier level of an optimization: the fan-out unit.</summary>
public sealed record OptimizationLevelInput(OptimizationInput Optimization, double Budget);
