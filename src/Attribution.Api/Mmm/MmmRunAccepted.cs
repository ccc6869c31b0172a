using Attribution.Api.Jobs;

namespace Attribution.Api.Mmm;

/// <summary>The 202 answer of a run: the model id (read it at <c>/api/admin/attribution/mmm?id=</c>) and the job to follow.</summary>
public sealed record MmmRunAccepted(Guid ModelId, Guid JobId, JobState Status, string StatusUri);
