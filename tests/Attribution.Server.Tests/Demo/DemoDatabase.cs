using Npgsql;

namespace Attribution.Server.Tests.Demo;

/// <summary>Reads what seeding wrote, as the app role, inside a transaction scoped to one tenant (or to none).</summary>
internal static class DemoDatabase
{
    public static string AppConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set: run the tests through scripts/test.sh.");

    /// <summary>The first column of the first row of <paramref name="sql"/>, run with app.tenant_id set to the tenant (null: unset).</summary>
    public static async Task<T> ScalarAsync<T>(Guid? tenant, string sql)
    {
        await using var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (tenant is { } id)
        {
            await using var set = new NpgsqlCommand("select set_config('app.tenant_id', @tenant, true)", connection, transaction);
            set.Parameters.AddWithValue("tenant", id.ToString());
            await set.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<Guid?> TenantIdAsync(string slug)
    {
        await using var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id from tenants where slug = @slug", connection);
        command.Parameters.AddWithValue("slug", slug);
        return await command.ExecuteScalarAsync() as Guid?;
    }
}
