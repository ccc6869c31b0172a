using Npgsql;

namespace Attribution.Server.Tests.Ingestion;

/// <summary>Reads a tenant's rows the way the app does: as the serving role, in a transaction scoped to the tenant.</summary>
internal static class TenantTables
{
    private static string AppConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set: run the tests through scripts/test.sh.");

    /// <summary>Row count and an md5 over every row's text (ordered), so any change to any value shows.</summary>
    public static async Task<(long Count, string Checksum)> SnapshotAsync(Guid tenant, string table)
    {
        var rows = await QueryAsync(tenant,
            $"select count(*)::text, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from {table} t");
        return (long.Parse(rows[0][0], System.Globalization.CultureInfo.InvariantCulture), rows[0][1]);
    }

    /// <summary>Every row of a query run under the tenant, each column as text (null as "").</summary>
    public static async Task<List<string[]>> QueryAsync(Guid tenant, string sql)
    {
        await using var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var scope = new NpgsqlCommand("select set_config('app.tenant_id', @tenant, true)", connection, transaction))
        {
            scope.Parameters.AddWithValue("tenant", tenant.ToString());
            await scope.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString() ?? "")]);
        }

        return rows;
    }
}
