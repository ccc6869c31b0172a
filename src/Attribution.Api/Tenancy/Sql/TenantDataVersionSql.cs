namespace Attribution.Api.Tenancy.Sql;

/// <summary>The tenant's data version counter (<c>tenant_data_versions</c>, migration V0026).</summary>
internal static class TenantDataVersionSql
{
    /// <summary>Raises the transaction's tenant's counter (creating it at 1); the row lock orders concurrent writers.</summary>
    public const string Bump = """
        insert into tenant_data_versions as v (tenant_id, version) values (app_tenant_id(), 1)
        on conflict (tenant_id) do update set version = v.version + 1, changed_at = now()
        """;

    /// <summary>The counter as a scalar subquery (0 before the first write).</summary>
    public const string Current = "(select coalesce(max(version), 0) from tenant_data_versions)";
}
