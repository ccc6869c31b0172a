using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Attribution.Api.Tenancy;

/// <summary>
/// Looks tenants up by id, slug or Entra tenant id (<c>tenants.external_tenant_id</c>). The serving role may
/// read <c>tenants</c> (it has no <c>tenant_id</c> column and no row-level security), so no tenant needs to be set.
/// Found tenants are remembered for <see cref="ApiSettings.TenantCacheSeconds"/> (default 30 s, 0 turns it off), so
/// authenticating a request costs no database round trip; a tenant that is not found is looked up again every time
/// (a new tenant is usable at once), and a deactivation takes effect within that lifetime.
/// </summary>
public sealed class TenantDirectory(NpgsqlDataSource database, TimeProvider time, IConfiguration configuration)
{
    public const int DefaultCacheSeconds = 30;
    private const string ById = "select id, slug, is_active from tenants where id = @key";
    private const string BySlug = "select id, slug, is_active from tenants where slug = @key";
    private const string ByExternalId = "select id, slug, is_active from tenants where lower(external_tenant_id) = lower(@key)";

    private readonly ConcurrentDictionary<(string Sql, string Key), (TenantRecord Tenant, long Expires)> _found = new();
    private readonly long _lifetime = CacheLifetime(configuration, time);

    public Task<TenantRecord?> FindByIdAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync(ById, id, id.ToString(), cancellationToken);

    public Task<TenantRecord?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        FindAsync(BySlug, slug, slug, cancellationToken);

    /// <summary>The tenant an Entra directory (<c>tid</c>) maps to, compared case-insensitively.</summary>
    public Task<TenantRecord?> FindByExternalIdAsync(string externalTenantId, CancellationToken cancellationToken) =>
        FindAsync(ByExternalId, externalTenantId, externalTenantId.ToUpperInvariant(), cancellationToken);

    private async Task<TenantRecord?> FindAsync(string sql, object key, string cacheKey, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (_lifetime > 0 && _found.TryGetValue((sql, cacheKey), out var entry) && now < entry.Expires)
        {
            return entry.Tenant;
        }

        await using var command = database.CreateCommand(sql);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenant = await reader.ReadAsync(cancellationToken)
            ? new TenantRecord(reader.GetGuid(0), reader.GetString(1), reader.GetBoolean(2))
            : null;
        if (tenant is not null && _lifetime > 0)
        {
            _found[(sql, cacheKey)] = (tenant, now + _lifetime);
        }

        return tenant;
    }

    private static long CacheLifetime(IConfiguration configuration, TimeProvider time)
    {
        var text = configuration[ApiSettings.TenantCacheSeconds];
        if (text is null)
        {
            return DefaultCacheSeconds * time.TimestampFrequency;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 86_400
            ? seconds * time.TimestampFrequency
            : throw new InvalidOperationException($"'{ApiSettings.TenantCacheSeconds}' must be a whole number of seconds from 0 to 86400, not '{text}'.");
    }
}
