namespace Attribution.Api.Jobs;

/// <summary>A started job: its id, its status, and the route that reports its progress.</summary>
public sealed record JobTicket(Guid JobId, JobState Status, string StatusUri);
