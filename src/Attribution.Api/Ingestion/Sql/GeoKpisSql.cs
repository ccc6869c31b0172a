namespace Attribution.Api.Ingestion.Sql;

/// <summary>Staging and upsert of daily geo KPIs; natural key (tenant_id, date, region). See <see cref="IngestSql"/>.</summary>
internal static class GeoKpisSql
{
    public const string Staging = """
        create temp table ingest_geo_kpis (
            ordinal integer not null,
            date date not null,
            region text collate "C" not null,
            revenue numeric(14, 2) not null,
            conversions bigint not null
        ) on commit drop
        """;

    public const string Copy = "copy ingest_geo_kpis (ordinal, date, region, revenue, conversions) from stdin (format binary)";

    public const string Upsert = """
        with upserted as (
            insert into geo_kpi_daily as t (tenant_id, date, region, revenue, conversions)
            select distinct on (s.date, s.region) @tenant, s.date, s.region, s.revenue, s.conversions::integer
            from ingest_geo_kpis s
            order by s.date, s.region, s.ordinal desc
            on conflict (tenant_id, date, region) do update set revenue = excluded.revenue, conversions = excluded.conversions
            where (t.revenue, t.conversions) is distinct from (excluded.revenue, excluded.conversions)
            returning (xmax = 0) as inserted
        )
        select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted
        """;

    /// <summary>
    /// Geo KPIs derived from the tenant's conversions with a region: revenue and count per (UTC date, region) over
    /// [@from, @to) in UTC, upserted like an ingested batch. Returns the groups received, inserted and updated.
    /// </summary>
    public const string DeriveFromConversions = """
        with daily as (
            select (c.occurred_at at time zone 'UTC')::date as date, c.region, sum(c.revenue) as revenue, count(*)::integer as conversions
            from conversions c
            where c.region <> '' and c.occurred_at >= @from and c.occurred_at < @to
            group by 1, 2
        ),
        upserted as (
            insert into geo_kpi_daily as t (tenant_id, date, region, revenue, conversions)
            select @tenant, d.date, d.region, d.revenue, d.conversions from daily d
            on conflict (tenant_id, date, region) do update set revenue = excluded.revenue, conversions = excluded.conversions
            where (t.revenue, t.conversions) is distinct from (excluded.revenue, excluded.conversions)
            returning (xmax = 0) as inserted
        )
        select (select count(*) from daily), count(*) filter (where inserted), count(*) filter (where not inserted) from upserted
        """;
}
