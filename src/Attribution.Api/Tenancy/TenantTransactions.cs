using Npgsql;

namespace Attribution.Api.Tenancy;

/// <summary>Each <see cref="RunAsync{T}"/> opens a <see cref="TenantSession"/> of the tenant, runs the work and commits.</summary>
public sealed class TenantTransactions(NpgsqlDataSource database, Guid tenantId) : ITenantUnitOfWork
{
    public Guid TenantId => tenantId;

    public async Task<T> RunAsync<T>(Func<TenantSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var session = new TenantSession(database, tenantId);
        var result = await work(session, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return result;
    }
}
