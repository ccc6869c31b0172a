using System.Text.Json;
using Attribution.Api.Database;
using Attribution.Api.Jobs;
using Attribution.Api.Tenancy;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Attribution.Server.Tests.Jobs;

/// <summary>Jobs and their effects straight in the database (app role, under the job's tenant), for setting up and checking runner tests.</summary>
internal static class JobTestData
{
    public static NpgsqlDataSource App { get; } = NpgsqlDataSource.Create(
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set: run the tests through scripts/test.sh."));

    public static Task MigrateAsync() => Migrator.MigrateAsync(TestTenants.OwnerConnectionString, NullLogger.Instance, CancellationToken.None);

    /// <summary>Starts <paramref name="count"/> jobs through the Postgres port in one committed tenant transaction.</summary>
    public static async Task<IReadOnlyList<Guid>> StartAsync(Guid tenant, IJobHandler handler, int count = 1)
    {
        await using var session = new TenantSession(App, tenant);
        var port = new PostgresJobPort([handler]);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var ticket = await port.StartAsync(session, handler.Kind, JsonSerializer.SerializeToElement(new { index = i }), CancellationToken.None);
            ids.Add(ticket.JobId);
        }

        await session.CommitAsync(CancellationToken.None);
        return ids;
    }

    /// <summary>Status, attempts and lease owner of a job, as its tenant sees it.</summary>
    public static async Task<(string Status, int Attempts, string? LeaseOwner)> ReadAsync(Guid tenant, Guid jobId)
    {
        await using var session = new TenantSession(App, tenant);
        await using var command = await session.CommandAsync("select status, attempts, lease_owner from jobs where id = @id", CancellationToken.None);
        command.Parameters.AddWithValue("id", jobId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"job {jobId} not found");
        return (reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    public static async Task<long> CountAsync(Guid tenant, string kind, string status)
    {
        await using var session = new TenantSession(App, tenant);
        await using var command = await session.CommandAsync("select count(*) from jobs where kind = @kind and status = @status", CancellationToken.None);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("status", status);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The job's effect: an <c>mmm_models</c> row carrying the job id and who wrote it (in <c>config</c>).</summary>
    public static async Task WriteEffectAsync(TenantSession session, Guid jobId, string writer, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync("""
            insert into mmm_models (tenant_id, id, status, channels, date_range_start, date_range_end, config, job_id)
            values (app_tenant_id(), gen_random_uuid(), 'completed', '{search}', date '2024-01-01', date '2024-06-30', jsonb_build_object('writer', @writer), @job)
            """, cancellationToken);
        command.Parameters.AddWithValue("writer", writer);
        command.Parameters.AddWithValue("job", jobId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Who wrote each committed effect row of the jobs (one entry per row).</summary>
    public static async Task<IReadOnlyList<(Guid JobId, string Writer)>> EffectsAsync(Guid tenant, IReadOnlyCollection<Guid> jobIds)
    {
        await using var session = new TenantSession(App, tenant);
        await using var command = await session.CommandAsync("select job_id, config->>'writer' from mmm_models where job_id = any(@jobs)", CancellationToken.None);
        command.Parameters.AddWithValue("jobs", jobIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return rows;
    }
}
