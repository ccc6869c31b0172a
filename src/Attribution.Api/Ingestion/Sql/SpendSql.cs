namespace Attribution.Api.Ingestion.Sql;

/// <summary>Staging and upsert of daily ad spend; natural key (tenant_id, date, channel, platform, region). See <see cref="IngestSql"/>.</summary>
internal static class SpendSql
{
    public const string Staging = """
        create temp table ingest_spend (
            ordinal integer not null,
            date date not null,
            channel text collate "C" not null,
            platform text collate "C" not null,
            region text collate "C" not null,
            spend numeric(14, 2) not null,
            impressions bigint not null,
            clicks bigint not null
        ) on commit drop
        """;

    public const string Copy =
        "copy ingest_spend (ordinal, date, channel, platform, region, spend, impressions, clicks) from stdin (format binary)";

    public const string Upsert = """
        with upserted as (
            insert into ad_spend_daily as t (tenant_id, date, channel, platform, region, spend, impressions, clicks)
            select distinct on (s.date, s.channel, s.platform, s.region) @tenant, s.date, s.channel, s.platform, s.region, s.spend, s.impressions, s.clicks
            from ingest_spend s
            order by s.date, s.channel, s.platform, s.region, s.ordinal desc
            on conflict (tenant_id, date, channel, platform, region) do update set
                spend = excluded.spend, impressions = excluded.impressions, clicks = excluded.clicks
            where (t.spend, t.impressions, t.clicks) is distinct from (excluded.spend, excluded.impressions, excluded.clicks)
            returning (xmax = 0) as inserted
        )
        select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted
        """;
}
