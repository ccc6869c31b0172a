using System.Text.Json;
using Attribution.Api.Tenancy;

namespace Attribution.Api.Jobs;

/// <summary>
/// Long work across the host boundary (DESIGN.md section 1): start a job of a kind with an input, read a job's status.
/// The Server implements it with its job table; handlers never know which host runs the work.
/// </summary>
public interface IJobPort
{
    /// <summary>
    /// Starts a job for the session's tenant. The Server's job is written in the session's transaction, so it runs
    /// only if the request commits.
    /// </summary>
    Task<JobTicket> StartAsync(TenantSession session, string kind, JsonElement input, CancellationToken cancellationToken);

    /// <summary>The job's status, or null when no job of the session's tenant has this id.</summary>
    Task<JobStatus?> GetAsync(TenantSession session, Guid jobId, CancellationToken cancellationToken);
}
