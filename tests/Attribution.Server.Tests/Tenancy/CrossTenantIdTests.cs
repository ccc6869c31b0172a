using System.Net;
using System.Text;
using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Npgsql;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>
/// Issue 3: with tenant B's token, every <c>{id}</c> route of the route table given tenant A's real ids returns 404
/// and changes nothing. Each such route needs a fixture that creates a real resource in a tenant.
/// </summary>
public sealed class CrossTenantIdTests
{
    /// <summary>Route template to a fixture creating a real resource of that route in the tenant, returning its id as the route spells it.</summary>
    private static readonly Dictionary<string, Func<Guid, Task<string>>> Fixtures = new(StringComparer.Ordinal)
    {
        ["admin/attribution/jobs/{id:guid}"] = CreateJobAsync,
        ["admin/attribution/journeys/{id:long}"] = CreateConversionAsync,
        ["admin/attribution/mmm/optimizations/{id:guid}"] = CreateOptimizationAsync,
        ["admin/attribution/incrementality/{id:guid}"] = CreateExperimentAsync,
    };

    [Fact]
    public void Fixtures_CoverEveryIdRoute()
    {
        var idRoutes = ApiRoutes.All.Where(r => r.Template.Contains("{id", StringComparison.Ordinal)).Select(r => r.Template).Distinct();

        Assert.All(idRoutes, template => Assert.True(Fixtures.ContainsKey(template), $"Add a fixture for {template} to {nameof(CrossTenantIdTests)}."));
    }

    [Fact]
    public async Task IdRoutes_OtherTenantsRealIds_Return404AndChangeNothing()
    {
        await using var server = await TestServer.StartAsync();
        var (tenantA, _) = await TestTenants.CreateAsync();
        var (tenantB, _) = await TestTenants.CreateAsync();

        foreach (var route in ApiRoutes.All.Where(r => Fixtures.ContainsKey(r.Template)))
        {
            var id = await Fixtures[route.Template](tenantA);
            var path = "/api/" + RouteTemplates.StripConstraints(route.Template).Replace("{id}", id, StringComparison.Ordinal);
            var before = await SnapshotAsync(tenantA);

            using var asB = TestServer.Request(new HttpMethod(route.Method), path, tenantB, ApiRoles.Read, ApiRoles.Write);
            if (route.Method is "POST" or "PATCH" or "PUT")
            {
                asB.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            var response = await server.Client.SendAsync(asB);

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route.Method} {route.Template} with another tenant's id answered {(int)response.StatusCode}");
            Assert.Equal(before, await SnapshotAsync(tenantA));
            if (route.Method == "GET")
            {
                using var asA = TestServer.Request(HttpMethod.Get, path, tenantA, ApiRoles.Read);
                Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(asA)).StatusCode);
            }
        }
    }

    private static async Task<string> CreateJobAsync(Guid tenant)
    {
        var id = Guid.NewGuid();
        await InTenantAsync(tenant, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(
                "insert into jobs (id, tenant_id, kind, input) values (@id, @tenant, 'cross-tenant-fixture', '{}')", connection, transaction);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("tenant", tenant);
            await command.ExecuteNonQueryAsync();
        });
        return id.ToString();
    }

    /// <summary>A draft geo experiment.</summary>
    private static async Task<string> CreateExperimentAsync(Guid tenant)
    {
        var id = Guid.NewGuid();
        await InTenantAsync(tenant, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(
                "insert into incrementality_experiments (tenant_id, id, name, platform, test_regions, start_date, end_date) values (@tenant, @id, 'x', 'meta', '{TX}', '2026-03-01', '2026-03-15')",
                connection, transaction);
            command.Parameters.AddWithValue("tenant", tenant);
            command.Parameters.AddWithValue("id", id);
            await command.ExecuteNonQueryAsync();
        });
        return id.ToString();
    }

    /// <summary>A (failed) model and an optimization of it.</summary>
    private static async Task<string> CreateOptimizationAsync(Guid tenant)
    {
        var id = Guid.NewGuid();
        await InTenantAsync(tenant, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(
                """
                insert into mmm_models (tenant_id, id, status, channels, date_range_start, date_range_end) values (@tenant, @model, 'failed', '{video}', '2025-01-06', '2026-01-04');
                insert into mmm_optimizations (tenant_id, id, model_id, status, request)
                values (@tenant, @id, @model, 'failed', '{"tenantId":"00000000-0000-0000-0000-000000000000","modelId":"00000000-0000-0000-0000-000000000000","request":{"totalBudget":1,"scenario":"fixedBudget","target":null,"constraints":null},"horizonWeeks":13,"levels":null,"levelCount":21}')
                """, connection, transaction);
            command.Parameters.AddWithValue("tenant", tenant);
            command.Parameters.AddWithValue("model", Guid.NewGuid());
            command.Parameters.AddWithValue("id", id);
            await command.ExecuteNonQueryAsync();
        });
        return id.ToString();
    }

    /// <summary>A conversion (a journey's id) with one touch before it.</summary>
    private static async Task<string> CreateConversionAsync(Guid tenant)
    {
        long id = 0;
        await InTenantAsync(tenant, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(
                """
                insert into touchpoints (tenant_id, external_id, customer_id, occurred_at, channel)
                values (@tenant, 'cross-tenant-touch', 'cross-tenant-customer', now() - interval '1 day', 'email');
                insert into conversions (tenant_id, external_id, customer_id, occurred_at, revenue, currency, is_new_customer)
                values (@tenant, 'cross-tenant-order', 'cross-tenant-customer', now(), 42, 'USD', true)
                returning id
                """, connection, transaction);
            command.Parameters.AddWithValue("tenant", tenant);
            id = (long)(await command.ExecuteScalarAsync())!;
        });
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A checksum of every row the tenant has in every table with a tenant_id column.</summary>
    private static async Task<string> SnapshotAsync(Guid tenant)
    {
        var parts = new List<string>();
        await InTenantAsync(tenant, async (connection, transaction) =>
        {
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid " +
                "where n.nspname = 'public' and c.relkind = 'r' and a.attname = 'tenant_id' order by 1", connection, transaction))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                await using var sum = new NpgsqlCommand($"select '{table}:' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \"{table}\" t", connection, transaction);
                parts.Add((string)(await sum.ExecuteScalarAsync())!);
            }
        });
        return string.Join(";", parts);
    }

    private static async Task InTenantAsync(Guid tenant, Func<NpgsqlConnection, NpgsqlTransaction, Task> work)
    {
        await using var connection = new NpgsqlConnection(TestTenants.OwnerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var set = new NpgsqlCommand("select set_config('app.tenant_id', @tenant, true)", connection, transaction))
        {
            set.Parameters.AddWithValue("tenant", tenant.ToString());
            await set.ExecuteNonQueryAsync();
        }

        await work(connection, transaction);
        await transaction.CommitAsync();
    }
}
