using Npgsql;

namespace Attribution.Benchmarks.Ingestion;

/// <summary>A throwaway tenant for a benchmark run, created and removed through the owner role.</summary>
internal static class BenchTenant
{
    public static async Task<Guid> CreateAsync(string ownerConnectionString)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("insert into tenants (id, slug, name) values (@id, @slug, 'Benchmark')", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("slug", "bench-" + id.ToString("N")[..12]);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    /// <summary>Deletes the tenant's touchpoints (row-level security applies to the owner too, so under the tenant) and the tenant.</summary>
    public static async Task DeleteAsync(string ownerConnectionString, Guid id)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            "select set_config('app.tenant_id', @id::text, true); delete from touchpoints; delete from tenants where id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
