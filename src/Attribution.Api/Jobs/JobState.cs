namespace Attribution.Api.Jobs;

/// <summary>Where a job is in its life: serialized as <c>queued</c>, <c>running</c>, <c>completed</c>, <c>failed</c>, <c>cancelled</c>.</summary>
public enum JobState
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}
