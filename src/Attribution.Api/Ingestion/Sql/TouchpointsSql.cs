namespace Attribution.Api.Ingestion.Sql;

/// <summary>Staging and upsert of touchpoints; natural key (tenant_id, external_id). See <see cref="IngestSql"/> for the shape.</summary>
internal static class TouchpointsSql
{
    public const string Staging = """
        create temp table ingest_touchpoints (
            ordinal integer not null,
            external_id text collate "C" not null,
            customer_id text not null,
            occurred_at timestamptz not null,
            channel text not null,
            source text not null,
            medium text not null,
            campaign text not null,
            platform text not null,
            region text not null
        ) on commit drop
        """;

    public const string Copy =
        "copy ingest_touchpoints (ordinal, external_id, customer_id, occurred_at, channel, source, medium, campaign, platform, region) from stdin (format binary)";

    public const string Upsert = """
        with upserted as (
            insert into touchpoints as t (tenant_id, external_id, customer_id, occurred_at, channel, source, medium, campaign, platform, region)
            select distinct on (s.external_id) @tenant, s.external_id, s.customer_id, s.occurred_at, s.channel, s.source, s.medium, s.campaign, s.platform, s.region
            from ingest_touchpoints s
            order by s.external_id, s.ordinal desc
            on conflict (tenant_id, external_id) do update set
                customer_id = excluded.customer_id, occurred_at = excluded.occurred_at, channel = excluded.channel, source = excluded.source,
                medium = excluded.medium, campaign = excluded.campaign, platform = excluded.platform, region = excluded.region
            where (t.customer_id, t.occurred_at, t.channel, t.source, t.medium, t.campaign, t.platform, t.region)
                is distinct from (excluded.customer_id, excluded.occurred_at, excluded.channel, excluded.source, excluded.medium, excluded.campaign, excluded.platform, excluded.region)
            returning (xmax = 0) as inserted
        )
        select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted
        """;
}
