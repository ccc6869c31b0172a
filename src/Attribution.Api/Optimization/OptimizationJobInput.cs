namespace Attribution.Api.Optimization;

/// <summary>The stored input of an <see cref="OptimizationJob"/> (the job row carries the tenant).</summary>
public sealed record OptimizationJobInput(Guid OptimizationId);
