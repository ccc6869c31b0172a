using Npgsql;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>Puts rows of one tenant into <c>geo_kpi_daily</c> through the owner, which forced row-level security binds too.</summary>
internal static class TenantRows
{
    public static async Task InsertGeoKpisAsync(Guid tenant, int days)
    {
        await using var connection = new NpgsqlConnection(TestTenants.OwnerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var setTenant = new NpgsqlCommand("select set_config('app.tenant_id', @tenant, true)", connection, transaction))
        {
            setTenant.Parameters.AddWithValue("tenant", tenant.ToString());
            await setTenant.ExecuteNonQueryAsync();
        }

        await using (var insert = new NpgsqlCommand(
            """
            insert into geo_kpi_daily (tenant_id, date, region, revenue, conversions)
            select @tenant, date '2024-01-01' + g, 'CA', 100 + g, 1 + g from generate_series(0, @days - 1) g
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("tenant", tenant);
            insert.Parameters.AddWithValue("days", days);
            Assert.Equal(days, await insert.ExecuteNonQueryAsync());
        }

        await transaction.CommitAsync();
    }
}
