namespace Attribution.Api.Optimization;

/// <summary>The input of an optimization orchestration: the stored optimization and what it asks.</summary>
public sealed record OptimizationRun(Guid OptimizationId, OptimizationInput Input);
