namespace Attribution.Functions.Optimization;

/// <summary>The optimization orchestration's custom status: steps done of all, and a message (read by the jobs route).</summary>
public sealed record OptimizationStatus(int Completed, int Total, string Message);
