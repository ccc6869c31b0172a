using Npgsql;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>DESIGN.md section 2 in the catalog: every tenant table is protected, and no tenant set means no rows.</summary>
public sealed class RowLevelSecurityTests
{
    /// <summary>Relations of the public schema with a <c>tenant_id</c> column, of the given kinds.</summary>
    private const string TenantRelations = """
        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
               coalesce(array_to_string(c.reloptions, ','), '') ~ 'security_invoker=(true|on|1|yes)',
               has_table_privilege('attribution_app', c.oid, 'select')
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where n.nspname = 'public' and c.relkind::text = any(@kinds)
        order by c.relname
        """;

    private static readonly string[] Tables = ["r", "p"];

    [Fact]
    public async Task EveryTableWithTenantId_HasRowLevelSecurityEnabledAndForced()
    {
        await using (await TestServer.StartAsync())
        {
        }

        var tables = await RelationsAsync(TestTenants.OwnerConnectionString, Tables);

        Assert.Superset(
            new HashSet<string> { "touchpoints", "conversions", "ad_spend_daily", "geo_kpi_daily", "jobs", "mmm_models", "mmm_posterior_draws", "incrementality_experiments" },
            tables.Select(t => t.Name).ToHashSet());
        Assert.Empty(tables.Where(t => !t.Enabled || !t.Forced).Select(t => $"{t.Name} (enabled {t.Enabled}, forced {t.Forced})"));
    }

    [Fact]
    public async Task EveryViewWithTenantId_UsesSecurityInvoker()
    {
        await using (await TestServer.StartAsync())
        {
        }

        var views = await RelationsAsync(TestTenants.OwnerConnectionString, ["v"]);

        Assert.Empty(views.Where(v => !v.SecurityInvoker).Select(v => v.Name));
    }

    [Fact]
    public async Task AppRole_NoTenantSet_ReadsNoRowsFromAnyTenantTable()
    {
        await using (await TestServer.StartAsync())
        {
        }

        var (tenant, _) = await TestTenants.CreateAsync();
        await TenantRows.InsertGeoKpisAsync(tenant, 2);
        var app = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")!;
        var relations = (await RelationsAsync(app, ["r", "p", "v", "m"])).Where(r => r.AppCanSelect).ToList();
        await using var connection = new NpgsqlConnection(app);
        await connection.OpenAsync();

        var visible = new Dictionary<string, long>();
        foreach (var relation in relations)
        {
            await using var count = new NpgsqlCommand($"select count(*) from \"{relation.Name}\"", connection);
            visible[relation.Name] = (long)(await count.ExecuteScalarAsync())!;
        }

        Assert.Contains(relations, r => r.Name == "geo_kpi_daily");
        Assert.Empty(visible.Where(v => v.Value != 0).Select(v => $"{v.Key}: {v.Value} rows"));
        Assert.Equal(2, await CountAsTenantAsync(connection, tenant));
    }

    private static async Task<long> CountAsTenantAsync(NpgsqlConnection connection, Guid tenant)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            "select set_config('app.tenant_id', @tenant, true); select count(*) from geo_kpi_daily", connection, transaction);
        command.Parameters.AddWithValue("tenant", tenant.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0);
    }

    private static async Task<List<Relation>> RelationsAsync(string connectionString, string[] kinds)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(TenantRelations, connection);
        command.Parameters.AddWithValue("kinds", kinds);
        await using var reader = await command.ExecuteReaderAsync();
        var relations = new List<Relation>();
        while (await reader.ReadAsync())
        {
            relations.Add(new Relation(reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetBoolean(4)));
        }

        return relations;
    }

    private sealed record Relation(string Name, bool Enabled, bool Forced, bool SecurityInvoker, bool AppCanSelect);
}
