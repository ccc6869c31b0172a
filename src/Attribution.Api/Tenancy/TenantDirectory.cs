using Npgsql;

namespace Attribution.Api.Tenancy;

/// <summary>
/// Looks tenants up by id, slug or Entra tenant id (<c>tenants.external_tenant_id</c>). The serving role may
/// read <c>tenants</c> (it has no <c>tenant_id</c> column and no row-level security), so no tenant needs to be set.
/// </summary>
public sealed class TenantDirectory(NpgsqlDataSource database)
{
    private const string ById = "select id, slug, is_active from tenants where id = @key";
    private const string BySlug = "select id, slug, is_active from tenants where slug = @key";
    private const string ByExternalId = "select id, slug, is_active from tenants where lower(external_tenant_id) = lower(@key)";

    public Task<TenantRecord?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync(ById, id, cancellationToken);

    public Task<TenantRecord?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        FindAsync(BySlug, slug, cancellationToken);

    /// <summary>The tenant an Entra directory (<c>tid</c>) maps to, compared case-insensitively.</summary>
    public Task<TenantRecord?> FindByExternalIdAsync(string externalTenantId, CancellationToken cancellationToken) =>
        FindAsync(ByExternalId, externalTenantId, cancellationToken);

    private async Task<TenantRecord?> FindAsync(string sql, object key, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(sql);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new TenantRecord(reader.GetGuid(0), reader.GetString(1), reader.GetBoolean(2))
            : null;
    }
}
