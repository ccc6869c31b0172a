using System.Text.Json;
using Attribution.Api.Database;
using Attribution.Api.Jobs;
using Attribution.Api.Tenancy;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Attribution.Api.Tests.Jobs;

/// <summary>
/// The real PostgreSQL of scripts/services.sh (connection strings from the environment): migrated once per test run,
/// a fresh tenant per test, and the app-role data source the store and port use.
/// </summary>
internal static class JobDatabase
{
    private static readonly Lazy<Task> Migrated = new(() => Migrator.MigrateAsync(Setting("ConnectionStrings__PostgresOwner"), NullLogger.Instance, CancellationToken.None));

    public static NpgsqlDataSource App { get; } = NpgsqlDataSource.Create(Setting("ConnectionStrings__Postgres"));

    public static PostgresJobStore Store { get; } = new(App, NullLogger<PostgresJobStore>.Instance);

    public static async Task<Guid> CreateTenantAsync()
    {
        await Migrated.Value;
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(Setting("ConnectionStrings__PostgresOwner"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("insert into tenants (id, slug, name) values (@id, @slug, 'Jobs test')", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("slug", "j-" + id.ToString("N")[..12]);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    /// <summary>Starts a job through the port in its own committed tenant transaction.</summary>
    public static async Task<JobTicket> StartAsync(Guid tenant, IJobHandler handler, string inputJson = "{}")
    {
        await using var session = new TenantSession(App, tenant);
        using var input = JsonDocument.Parse(inputJson);
        var ticket = await new PostgresJobPort([handler]).StartAsync(session, handler.Kind, input.RootElement, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return ticket;
    }

    /// <summary>The job's row as its tenant sees it, with times relative to the database clock.</summary>
    public static async Task<JobRow?> ReadAsync(Guid tenant, Guid jobId)
    {
        await using var session = new TenantSession(App, tenant);
        await using var command = await session.CommandAsync("""
            select status, attempts, lease_owner, extract(epoch from lease_expires_at - now())::float8,
                   extract(epoch from run_after - now())::float8, error, started_at is not null, completed_at is not null,
                   progress_completed, progress_total, progress_message, result::text, result_uri
            from jobs where id = @id
            """, CancellationToken.None);
        command.Parameters.AddWithValue("id", jobId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        return new JobRow(
            reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.GetDouble(4), reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.GetBoolean(6), reader.GetBoolean(7), new JobProgress(reader.GetInt32(8), reader.GetInt32(9), reader.GetString(10)),
            reader.IsDBNull(11) ? null : reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetString(12));
    }

    private static string Setting(string name) =>
        Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the tests through scripts/test.sh, or eval \"$(scripts/services.sh env)\" first.");
}
