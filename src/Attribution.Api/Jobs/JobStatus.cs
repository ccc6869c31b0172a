namespace Attribution.Api.Jobs;

/// <summary>
/// The body of <c>GET /api/admin/attribution/jobs/{id}</c> (DESIGN.md section 3). <paramref name="Error"/> is the last
/// failure's message (never a stack trace); <paramref name="ResultUri"/> is where the finished work can be read.
/// </summary>
public sealed record JobStatus(
    Guid Id,
    string Kind,
    JobState Status,
    JobProgress Progress,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string? Error = null,
    string? ResultUri = null);
