using System.Text.Json;
using Attribution.Api.Http;
using Attribution.Api.Optimization.Sql;
using Attribution.Api.Tenancy;
using NpgsqlTypes;

namespace Attribution.Api.Optimization;

/// <summary>Rows of <c>mmm_optimizations</c>: optimizations handed to a job, and their results.</summary>
public static class OptimizationStore
{
    public static async Task InsertAsync(TenantSession session, Guid id, OptimizationInput input, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(OptimizationSql.Insert, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("model", input.ModelId);
        command.Parameters.AddWithValue("request", NpgsqlDbType.Text, JsonSerializer.Serialize(input, ApiJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static Task SetJobAsync(TenantSession session, Guid id, Guid jobId, CancellationToken cancellationToken) =>
        ExecuteAsync(session, OptimizationSql.SetJob, id, ("job", jobId), cancellationToken);

    public static Task RunningAsync(TenantSession session, Guid id, CancellationToken cancellationToken) =>
        ExecuteAsync(session, OptimizationSql.Running, id, null, cancellationToken);

    public static Task CompleteAsync(TenantSession session, Guid id, OptimizationResult result, CancellationToken cancellationToken) =>
        ExecuteAsync(session, OptimizationSql.Complete, id, ("result", JsonSerializer.Serialize(result, ApiJson.Options)), cancellationToken);

    public static Task FailAsync(TenantSession session, Guid id, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(session, OptimizationSql.Fail, id, ("error", error), cancellationToken);

    public static async Task<OptimizationView?> GetAsync(TenantSession session, Guid id, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(OptimizationSql.Get, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new OptimizationView(
            reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2),
            JsonSerializer.Deserialize<OptimizationInput>(reader.GetString(3), ApiJson.Options)!.Request,
            reader.IsDBNull(4) ? null : JsonSerializer.Deserialize<OptimizationResult>(reader.GetString(4), ApiJson.Options),
            reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetGuid(6),
            reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8));
    }

    /// <summary>The stored input of an optimization (what its job runs).</summary>
    public static async Task<OptimizationInput> InputAsync(TenantSession session, Guid id, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(OptimizationSql.Get, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? JsonSerializer.Deserialize<OptimizationInput>(reader.GetString(3), ApiJson.Options)!
            : throw new InvalidOperationException($"Optimization {id} does not exist for tenant {session.TenantId}.");
    }

    private static async Task ExecuteAsync(TenantSession session, string sql, Guid id, (string Name, object Value)? extra, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(sql, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        if (extra is { } parameter)
        {
            command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
