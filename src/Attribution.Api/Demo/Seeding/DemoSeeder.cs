using System.Text.Json;
using Attribution.Api.Demo.Truth;
using Attribution.Api.Tenancy;
using Npgsql;
using NpgsqlTypes;

namespace Attribution.Api.Demo.Seeding;

/// <summary>
/// Writes a demo dataset into a tenant: the tenant itself through the owner role, everything else through a
/// <see cref="TenantSession"/> (the app role, forced row-level security) in its single transaction, bulk tables by binary COPY.
/// </summary>
public static class DemoSeeder
{
    /// <summary>The tenant of the slug, created (with the name) when missing; needs the owner role (the app role only reads tenants).</summary>
    public static async Task<Guid> EnsureTenantAsync(string ownerConnectionString, string slug, string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DemoSql.EnsureTenant, connection);
        command.Parameters.AddWithValue("id", Guid.NewGuid());
        command.Parameters.AddWithValue("slug", slug);
        command.Parameters.AddWithValue("name", name);
        return (Guid)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Takes the tenant's seeding lock for the rest of the session's transaction and counts its conversions.</summary>
    public static async Task<long> LockAndCountConversionsAsync(TenantSession session, CancellationToken cancellationToken)
    {
        await using (var take = await session.CommandAsync(DemoSql.Lock, cancellationToken))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var count = await session.CommandAsync(DemoSql.CountConversions, cancellationToken);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Deletes what seeding writes: the tenant's touchpoints, conversions, spend, geo KPIs, experiments and demo truth.</summary>
    public static async Task DeleteAsync(TenantSession session, CancellationToken cancellationToken)
    {
        foreach (var sql in DemoSql.Delete)
        {
            await using var command = await session.CommandAsync(sql, cancellationToken);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await TenantDataVersion.BumpAsync(session, cancellationToken);
    }

    public static async Task<DemoRowCounts> WriteAsync(TenantSession session, DemoDataset dataset, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(dataset);
        var (connection, _) = await session.OpenAsync(cancellationToken);
        var tenant = session.TenantId;
        var touchpoints = await StagedAsync(session, DemoSql.Touchpoints, () => DemoCopy.TouchpointsAsync(connection, tenant, dataset.Touchpoints, cancellationToken), cancellationToken);
        var conversions = await StagedAsync(session, DemoSql.Conversions, () => DemoCopy.ConversionsAsync(connection, tenant, dataset.Conversions, cancellationToken), cancellationToken);
        var spend = await StagedAsync(session, DemoSql.Spend, () => DemoCopy.SpendAsync(connection, tenant, dataset.Spend, cancellationToken), cancellationToken);
        var geo = await StagedAsync(session, DemoSql.GeoKpis, () => DemoCopy.GeoKpisAsync(connection, tenant, dataset.GeoKpis, cancellationToken), cancellationToken);
        var experiments = await InsertExperimentAsync(session, dataset.Experiment, cancellationToken);
        var truth = await UpsertTruthAsync(session, dataset, generatedAt, cancellationToken);
        await TenantDataVersion.BumpAsync(session, cancellationToken);
        return new DemoRowCounts(touchpoints, conversions, spend, geo, experiments, truth);
    }

    /// <summary>Creates the staging table, copies into it, inserts from it; returns the rows inserted.</summary>
    private static async Task<int> StagedAsync(TenantSession session, DemoStagedTable table, Func<Task<int>> copy, CancellationToken cancellationToken)
    {
        await using (var create = await session.CommandAsync(table.Create, cancellationToken))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await copy();
        await using var insert = await session.CommandAsync(table.Insert, cancellationToken);
        insert.CommandTimeout = 0;
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The stored truth JSON of the session's tenant, or null when it was never seeded.</summary>
    public static async Task<string?> ReadTruthJsonAsync(TenantSession session, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(DemoSql.ReadTruth, cancellationToken);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<int> InsertExperimentAsync(TenantSession session, DemoExperiment experiment, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(DemoSql.InsertExperiment, cancellationToken);
        command.Parameters.AddWithValue("id", experiment.Id);
        command.Parameters.AddWithValue("name", experiment.Name);
        command.Parameters.AddWithValue("platform", experiment.Platform);
        command.Parameters.AddWithValue("test", NpgsqlDbType.Array | NpgsqlDbType.Text, experiment.TestRegions.ToArray());
        command.Parameters.AddWithValue("control", NpgsqlDbType.Array | NpgsqlDbType.Text, experiment.ControlRegions.ToArray());
        command.Parameters.AddWithValue("start", experiment.StartDate);
        command.Parameters.AddWithValue("end", experiment.EndDate);
        command.Parameters.AddWithValue("pre", experiment.PreTestDays);
        command.Parameters.AddWithValue("budget", experiment.BudgetEstimate);
        command.Parameters.AddWithValue("status", experiment.Status);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> UpsertTruthAsync(TenantSession session, DemoDataset dataset, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(DemoSql.UpsertTruth, cancellationToken);
        command.Parameters.AddWithValue("generated", generatedAt);
        command.Parameters.AddWithValue("options", JsonSerializer.Serialize(dataset.Options, DemoTruthJson.Options));
        command.Parameters.AddWithValue("truth", JsonSerializer.Serialize(dataset.Truth, DemoTruthJson.Options));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
