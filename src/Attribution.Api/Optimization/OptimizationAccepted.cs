using Attribution.Api.Jobs;

namespace Attribution.Api.Optimization;

/// <summary>The 202 answer when an optimization runs as a job: follow <c>statusUri</c>, then read <c>resultUri</c>.</summary>
public sealed record OptimizationAccepted(Guid OptimizationId, Guid JobId, JobState Status, string StatusUri, string ResultUri);
