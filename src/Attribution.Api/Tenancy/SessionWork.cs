namespace Attribution.Api.Tenancy;

/// <summary>Workflow steps run inside a request: every piece of work uses the request's own session (the route invoker commits it).</summary>
public sealed class SessionWork(TenantSession session) : ITenantUnitOfWork
{
    public Guid TenantId => session.TenantId;

    public Task<T> RunAsync<T>(Func<TenantSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(session, cancellationToken);
    }
}
