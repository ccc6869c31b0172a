using System.Text.Json;
using Attribution.Api.Http;
using Attribution.Api.Tenancy;

namespace Attribution.Api.Jobs;

/// <summary>
/// What a job handler gets for one run: the job's tenant and input, a cancellation token (stop, or lease lost),
/// progress reporting, and tenant-scoped database work that commits only while this run holds the job.
/// </summary>
public sealed class JobContext(JobLease lease, PostgresJobStore store, CancellationToken cancellationToken)
{
    public Guid JobId => lease.JobId;

    public Guid TenantId => lease.TenantId;

    public string Kind => lease.Kind;

    public JsonElement Input => lease.Input;

    /// <summary>1 for the first run, 2 for the first retry or resumption, ...</summary>
    public int Attempt => lease.Attempt;

    /// <summary>Cancelled when the host stops or this run loses the job.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Set by <see cref="SetResultUri"/>; reported as the job's <c>resultUri</c> once it completes.</summary>
    public string? ResultUri { get; private set; }

    /// <summary>The input as <typeparamref name="T"/> under the API's JSON contract.</summary>
    public T ReadInput<T>() =>
        Input.Deserialize<T>(ApiJson.Options) ?? throw new JsonException($"Job {JobId} has no input.");

    /// <summary>Records progress (visible through the jobs route at once); throws <see cref="JobLeaseLostException"/> when the run lost the job.</summary>
    public async Task ReportProgressAsync(int completed, int total, string message)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(completed);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentNullException.ThrowIfNull(message);
        if (!await store.ReportProgressAsync(lease, new JobProgress(completed, total, message), CancellationToken))
        {
            throw new JobLeaseLostException(JobId);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction of the job's tenant (row-level security applies) and commits it
    /// only if this run still holds the job; otherwise nothing is written and <see cref="JobLeaseLostException"/> is thrown.
    /// The work must not commit the session itself (that would bypass the check).
    /// </summary>
    public Task<T> RunInTenantAsync<T>(Func<TenantSession, CancellationToken, Task<T>> work) =>
        store.RunFencedAsync(lease, work, CancellationToken);

    /// <inheritdoc cref="RunInTenantAsync{T}"/>
    public Task RunInTenantAsync(Func<TenantSession, CancellationToken, Task> work) =>
        store.RunFencedAsync(lease, async (session, ct) =>
        {
            await work(session, ct);
            return true;
        }, CancellationToken);

    /// <summary>Where the finished work can be read, e.g. <c>/api/admin/attribution/mmm?id=...</c>.</summary>
    public void SetResultUri(string uri)
    {
        if (!uri.StartsWith("/api/", StringComparison.Ordinal))
        {
            throw new ArgumentException("A result URI is a path under /api/.", nameof(uri));
        }

        ResultUri = uri;
    }
}
