using System.Text.Json;

namespace Attribution.Api.Jobs;

/// <summary>
/// The work of one job kind. Registered in DI; the runner calls <see cref="RunAsync"/> for each claimed job of
/// <see cref="Kind"/>. A run may be repeated (after a failure, or when a runner died mid-run): write effects through
/// <see cref="JobContext.RunInTenantAsync{T}"/>, which commits only while this run still holds the job.
/// </summary>
public interface IJobHandler
{
    /// <summary>The job kind, e.g. <c>mmm.train</c>.</summary>
    string Kind { get; }

    /// <summary>How many runs a job of this kind gets before it is marked failed.</summary>
    int MaxAttempts => 3;

    /// <summary>Does the work; the returned summary (small) is stored with the completed job.</summary>
    Task<JsonElement?> RunAsync(JobContext context);
}
