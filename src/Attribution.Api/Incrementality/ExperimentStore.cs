using System.Text.Json;
using Attribution.Api.Incrementality.Sql;
using Attribution.Api.Tenancy;
using Npgsql;

namespace Attribution.Api.Incrementality;

/// <summary>Rows of <c>incrementality_experiments</c> in a tenant session.</summary>
public static class ExperimentStore
{
    public static async Task<ExperimentView> InsertAsync(TenantSession session, Guid id, ExperimentFields fields, DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(ExperimentSql.Insert, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        Bind(command, fields);
        return (await ReadAsync(command, today, cancellationToken))[0];
    }

    /// <summary>The experiment, or null; <paramref name="forUpdate"/> locks its row until the transaction ends.</summary>
    public static async Task<ExperimentView?> GetAsync(TenantSession session, Guid id, DateOnly today, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(forUpdate ? ExperimentSql.Lock : ExperimentSql.Get, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        var rows = await ReadAsync(command, today, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public static async Task<ExperimentView> UpdateAsync(TenantSession session, Guid id, ExperimentFields fields, string status, DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(ExperimentSql.Update, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("status", status);
        Bind(command, fields);
        return (await ReadAsync(command, today, cancellationToken))[0];
    }

    public static async Task DeleteAsync(TenantSession session, Guid id, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(ExperimentSql.Delete, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<List<ExperimentView>> PageAsync(
        TenantSession session, string? status, ExperimentCursor? cursor, int take, DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(ExperimentSql.Page(cursor is not null, status is not null), cancellationToken);
        command.Parameters.AddWithValue("take", take);
        if (cursor is not null)
        {
            command.Parameters.AddWithValue("cursor_at", cursor.CreatedAt);
            command.Parameters.AddWithValue("cursor_id", cursor.Id);
        }

        if (status is not null)
        {
            command.Parameters.AddWithValue("status", status);
        }

        return await ReadAsync(command, today, cancellationToken);
    }

    private static void Bind(NpgsqlCommand command, ExperimentFields fields)
    {
        command.Parameters.AddWithValue("name", fields.Name);
        command.Parameters.AddWithValue("platform", fields.Platform);
        command.Parameters.AddWithValue("test", fields.TestRegions.ToArray());
        command.Parameters.AddWithValue("control", fields.ControlRegions.ToArray());
        command.Parameters.AddWithValue("start", fields.StartDate);
        command.Parameters.AddWithValue("end", fields.EndDate);
        command.Parameters.AddWithValue("pre", fields.PreTestDays);
        command.Parameters.AddWithValue("budget", fields.BudgetEstimate is { } budget ? (decimal)budget : DBNull.Value);
    }

    private static async Task<List<ExperimentView>> ReadAsync(NpgsqlCommand command, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = new List<ExperimentView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (start, end) = (reader.GetFieldValue<DateOnly>(5), reader.GetFieldValue<DateOnly>(6));
            rows.Add(new ExperimentView(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3), reader.GetFieldValue<string[]>(4),
                start, end, reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetDouble(8), reader.GetString(9),
                ExperimentProgress.Of(start, end, today), Json(reader, 10), Json(reader, 11),
                reader.GetFieldValue<DateTimeOffset>(12), reader.GetFieldValue<DateTimeOffset>(13)));
        }

        return rows;
    }

    private static JsonElement? Json(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : JsonSerializer.Deserialize<JsonElement>(reader.GetString(ordinal));
}
