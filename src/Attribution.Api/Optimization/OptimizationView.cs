using Attribution.Analytics.Optimization;

namespace Attribution.Api.Optimization;

/// <summary><c>GET /api/admin/attribution/mmm/optimizations/{id}</c>: an optimization handed to a job, with its result once done.</summary>
public sealed record OptimizationView(
    Guid Id,
    Guid ModelId,
    string Status,
    BudgetRequest Request,
    OptimizationResult? Result,
    string? Error,
    Guid? JobId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
