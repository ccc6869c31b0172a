namespace Attribution.Api.Demo.Seeding;

/// <summary>The statements that seed a tenant's demo data (row-level security scopes each to the transaction's tenant).</summary>
internal static class DemoSql
{
    public const string EnsureTenant = """
        with created as (insert into tenants (id, slug, name) values (@id, @slug, @name) on conflict (slug) do nothing returning id)
        select id from created union all select id from tenants where slug = @slug limit 1
        """;

    /// <summary>Serialises seeders of the same tenant for the rest of the transaction.</summary>
    public const string Lock = "select pg_advisory_xact_lock(hashtextextended('seed-demo:' || app_tenant_id()::text, 0))";

    public const string CountConversions = "select count(*) from conversions where tenant_id = app_tenant_id()";

    /// <summary>Everything seeding writes, for <c>--force</c>.</summary>
    public static readonly string[] Delete =
    [
        "delete from touchpoints where tenant_id = app_tenant_id()",
        "delete from conversions where tenant_id = app_tenant_id()",
        "delete from ad_spend_daily where tenant_id = app_tenant_id()",
        "delete from geo_kpi_daily where tenant_id = app_tenant_id()",
        "delete from incrementality_experiments where tenant_id = app_tenant_id()",
        "delete from demo_truth where tenant_id = app_tenant_id()",
    ];

    public static readonly DemoStagedTable Touchpoints =
        new("touchpoints", "tenant_id, external_id, customer_id, occurred_at, channel, source, medium, campaign, platform, region");

    public static readonly DemoStagedTable Conversions =
        new("conversions", "tenant_id, external_id, customer_id, customer_email, occurred_at, revenue, currency, is_new_customer, region");

    public static readonly DemoStagedTable Spend =
        new("ad_spend_daily", "tenant_id, date, channel, platform, region, spend, impressions, clicks");

    public static readonly DemoStagedTable GeoKpis = new("geo_kpi_daily", "tenant_id, date, region, revenue, conversions");

    public const string InsertExperiment = """
        insert into incrementality_experiments
            (tenant_id, id, name, platform, test_regions, control_regions, start_date, end_date, pre_test_days, budget_estimate, status)
        values (app_tenant_id(), @id, @name, @platform, @test, @control, @start, @end, @pre, @budget, @status)
        """;

    public const string ReadTruth = "select truth::text from demo_truth where tenant_id = app_tenant_id()";

    public const string UpsertTruth = """
        insert into demo_truth (tenant_id, generated_at, options, truth)
        values (app_tenant_id(), @generated, @options::jsonb, @truth::jsonb)
        on conflict (tenant_id) do update set generated_at = excluded.generated_at, options = excluded.options, truth = excluded.truth
        """;
}
