using Npgsql;

namespace Attribution.Server.Tests;

/// <summary>
/// Creates a fresh tenant per test through the owner role, so data tests never share rows and need no reset.
/// </summary>
internal static class TestTenants
{
    public static string OwnerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__PostgresOwner")
        ?? throw new InvalidOperationException("ConnectionStrings__PostgresOwner is not set: run the tests through scripts/test.sh.");

    /// <summary>Inserts a tenant (the schema must be migrated: start a <see cref="TestServer"/> first) and returns its id and slug.</summary>
    public static async Task<(Guid Id, string Slug)> CreateAsync(string? externalTenantId = null)
    {
        var id = Guid.NewGuid();
        var slug = "t-" + id.ToString("N")[..12];
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("insert into tenants (id, slug, name, external_tenant_id) values (@id, @slug, @name, @external)", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("slug", slug);
        command.Parameters.AddWithValue("name", "Test " + slug);
        command.Parameters.AddWithValue("external", (object?)externalTenantId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
        return (id, slug);
    }

    /// <summary>Marks the tenant inactive (authentication then refuses it).</summary>
    public static async Task DeactivateAsync(Guid tenant)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("update tenants set is_active = false where id = @id", connection);
        command.Parameters.AddWithValue("id", tenant);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
