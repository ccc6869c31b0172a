using Attribution.Api.Tenancy.Sql;

namespace Attribution.Api.Tenancy;

/// <summary>Writers of measurement data raise the tenant's data version inside their own transaction.</summary>
public static class TenantDataVersion
{
    /// <summary>
    /// Raises the session tenant's data version (it commits or rolls back with the session's writes) and, once committed,
    /// this process's <see cref="TenantChanges"/> stamp.
    /// </summary>
    public static async Task BumpAsync(TenantSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var command = await session.CommandAsync(TenantDataVersionSql.Bump, cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
        var tenant = session.TenantId;
        session.AfterCommit(() => TenantChanges.Changed(tenant));
    }
}
