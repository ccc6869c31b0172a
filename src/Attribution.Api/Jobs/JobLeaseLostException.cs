namespace Attribution.Api.Jobs;

/// <summary>This run no longer holds the job (its lease expired and another runner took it, or it was cancelled).</summary>
public sealed class JobLeaseLostException(Guid jobId)
    : Exception($"Job {jobId} is no longer held by this run.")
{
    public Guid JobId { get; } = jobId;
}
