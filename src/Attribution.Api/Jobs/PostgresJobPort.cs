using System.Text.Json;
using Attribution.Api.Jobs.Sql;
using Attribution.Api.Tenancy;
using Npgsql;

namespace Attribution.Api.Jobs;

/// <summary>
/// <see cref="IJobPort"/> over the job table (the Server's runner picks the rows up). Jobs are written and read in the
/// caller's tenant session, so row-level security hides other tenants' jobs.
/// </summary>
public sealed class PostgresJobPort(IEnumerable<IJobHandler> handlers) : IJobPort
{
    private readonly Dictionary<string, IJobHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    public async Task<JobTicket> StartAsync(TenantSession session, string kind, JsonElement input, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(kind, out var handler))
        {
            throw new InvalidOperationException($"No job handler is registered for kind '{kind}'.");
        }

        var id = Guid.NewGuid();
        await using var command = await session.CommandAsync(JobSql.Insert, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("input", input.GetRawText());
        command.Parameters.AddWithValue("maxAttempts", handler.MaxAttempts);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new JobTicket(id, JobState.Queued, JobsRoutes.StatusUri(id));
    }

    public async Task<JobStatus?> GetAsync(TenantSession session, Guid jobId, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(JobSql.Select, cancellationToken);
        command.Parameters.AddWithValue("id", jobId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static JobStatus Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        Enum.Parse<JobState>(reader.GetString(2), ignoreCase: true),
        new JobProgress(reader.GetInt32(3), reader.GetInt32(4), reader.GetString(5)),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetString(10));
}
