namespace Attribution.Api.Ingestion.Sql;

/// <summary>Staging and upsert of conversions; natural key (tenant_id, external_id), the order id. See <see cref="IngestSql"/>.</summary>
internal static class ConversionsSql
{
    public const string Staging = """
        create temp table ingest_conversions (
            ordinal integer not null,
            external_id text collate "C" not null,
            customer_id text not null,
            customer_email text not null,
            occurred_at timestamptz not null,
            revenue numeric(14, 2) not null,
            currency text not null,
            is_new_customer boolean not null,
            region text not null
        ) on commit drop
        """;

    public const string Copy =
        "copy ingest_conversions (ordinal, external_id, customer_id, customer_email, occurred_at, revenue, currency, is_new_customer, region) from stdin (format binary)";

    public const string Upsert = """
        with upserted as (
            insert into conversions as t (tenant_id, external_id, customer_id, customer_email, occurred_at, revenue, currency, is_new_customer, region)
            select distinct on (s.external_id) @tenant, s.external_id, s.customer_id, s.customer_email, s.occurred_at, s.revenue, s.currency, s.is_new_customer, s.region
            from ingest_conversions s
            order by s.external_id, s.ordinal desc
            on conflict (tenant_id, external_id) do update set
                customer_id = excluded.customer_id, customer_email = excluded.customer_email, occurred_at = excluded.occurred_at,
                revenue = excluded.revenue, currency = excluded.currency, is_new_customer = excluded.is_new_customer, region = excluded.region
            where (t.customer_id, t.customer_email, t.occurred_at, t.revenue, t.currency, t.is_new_customer, t.region)
                is distinct from (excluded.customer_id, excluded.customer_email, excluded.occurred_at, excluded.revenue, excluded.currency, excluded.is_new_customer, excluded.region)
            returning (xmax = 0) as inserted
        )
        select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted
        """;
}
