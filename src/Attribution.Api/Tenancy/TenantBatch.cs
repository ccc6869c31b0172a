using Npgsql;

namespace Attribution.Api.Tenancy;

/// <summary>A batch of a <see cref="TenantSession"/>; when <see cref="TenantResultFirst"/>, its first result set is the tenant's <c>set_config</c>.</summary>
public sealed record TenantBatch(NpgsqlBatch Batch, bool TenantResultFirst);
