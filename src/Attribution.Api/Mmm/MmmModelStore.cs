using System.Text.Json;
using Attribution.Analytics.Mmm;
using Attribution.Api.Http;
using Attribution.Api.Mmm.Sql;
using Attribution.Api.Tenancy;
using Npgsql;
using NpgsqlTypes;

namespace Attribution.Api.Mmm;

/// <summary>Rows of <c>mmm_models</c> in a tenant session: a requested run, its frozen inputs, its outcome.</summary>
public static class MmmModelStore
{
    public static async Task InsertAsync(
        TenantSession session, Guid id, MmmDataset dataset, DateOnly start, DateOnly end, MmmRunConfig config, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.Insert, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("channels", dataset.Channels.ToArray());
        command.Parameters.AddWithValue("start", start);
        command.Parameters.AddWithValue("end", end);
        command.Parameters.AddWithValue("granularity", Granularity(dataset.Granularity));
        command.Parameters.AddWithValue("config", NpgsqlDbType.Text, JsonSerializer.Serialize(config, ApiJson.Options));
        command.Parameters.AddWithValue("dataset", NpgsqlDbType.Text, JsonSerializer.Serialize(dataset, ApiJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task SetJobAsync(TenantSession session, Guid id, Guid jobId, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.SetJob, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("job", jobId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The run's settings, dataset and status; throws when the model does not exist for the tenant.</summary>
    public static async Task<(MmmRunConfig Config, MmmDataset Dataset, string Status)> ReadInputsAsync(
        TenantSession session, Guid id, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.ReadInputs, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"MMM model {id} does not exist for tenant {session.TenantId}.");
        }

        var config = JsonSerializer.Deserialize<MmmRunConfig>(reader.GetString(0), ApiJson.Options)!;
        var dataset = JsonSerializer.Deserialize<MmmDataset>(reader.GetString(1), ApiJson.Options)!;
        return (config, dataset, reader.GetString(2));
    }

    /// <summary>Marks the run running (a finished or failed run stays as it is); false when it is not queued or running.</summary>
    public static async Task<bool> MarkRunningAsync(TenantSession session, Guid id, double progress, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.MarkRunning, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("progress", progress);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public static async Task CompleteAsync(TenantSession session, Guid id, MmmFit fit, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.Complete, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("fit", NpgsqlDbType.Text, JsonSerializer.Serialize(fit.ModelFit, ApiJson.Options));
        command.Parameters.AddWithValue("diagnostics", NpgsqlDbType.Text, JsonSerializer.Serialize(fit.Diagnostics, ApiJson.Options));
        command.Parameters.AddWithValue("results", NpgsqlDbType.Text, JsonSerializer.Serialize(new MmmResults(fit.Baseline, fit.Channels), ApiJson.Options));
        command.Parameters.AddWithValue("warnings", NpgsqlDbType.Text, JsonSerializer.Serialize(fit.Warnings, ApiJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task FailAsync(TenantSession session, Guid id, string error, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.Fail, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("error", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The model with the id, or (no id) the latest completed one, else the latest run; null when there is none.</summary>
    public static async Task<MmmModelView?> FindAsync(TenantSession session, Guid? id, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(id is null ? MmmSql.Latest : MmmSql.ById, cancellationToken);
        if (id is { } value)
        {
            command.Parameters.AddWithValue("id", value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? MmmModelView.Read(reader) : null;
    }

    public static async Task<List<MmmRunView>> RecentAsync(TenantSession session, int limit, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.Recent, cancellationToken);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<MmmRunView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new MmmRunView(
                reader.GetGuid(0), reader.GetString(1), reader.GetDouble(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetGuid(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return runs;
    }

    internal static string Granularity(MmmGranularity granularity) => granularity == MmmGranularity.Daily ? "daily" : "weekly";

    internal static T? Json<T>(NpgsqlDataReader reader, int ordinal)
        where T : class =>
        reader.IsDBNull(ordinal) ? null : JsonSerializer.Deserialize<T>(reader.GetString(ordinal), ApiJson.Options);
}
