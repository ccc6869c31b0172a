using Attribution.Api.Tenancy;

namespace Attribution.Api.Jobs;

/// <summary>The job's tenant work, fenced: each transaction commits only while this run still holds the job.</summary>
public sealed class JobTenantWork(JobContext context) : ITenantUnitOfWork
{
    public Guid TenantId => context.TenantId;

    public Task<T> RunAsync<T>(Func<TenantSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        context.RunInTenantAsync(work);
}
