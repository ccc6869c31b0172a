namespace Attribution.Api.Tenancy;

/// <summary>
/// Runs a piece of work in one transaction of a tenant (row-level security applies) and commits it. Workflow steps of
/// long jobs take it, so each host decides how: the Server's job runner commits only while it still holds the job
/// (<see cref="Jobs.JobTenantWork"/>), a Durable activity commits directly (<see cref="TenantTransactions"/>).
/// </summary>
public interface ITenantUnitOfWork
{
    Guid TenantId { get; }

    Task<T> RunAsync<T>(Func<TenantSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
