-- Raw marketing data per tenant. Natural keys make every ingest an idempotent upsert.
create table touchpoints (
    tenant_id uuid not null references tenants (id),
    id bigint generated always as identity,
    external_id text not null,
    customer_id text not null,
    occurred_at timestamptz not null,
    channel text not null,
    source text not null default '',
    medium text not null default '',
    campaign text not null default '',
    platform text not null default '',
    region text not null default '',
    primary key (tenant_id, id),
    unique (tenant_id, external_id)
);
create index touchpoints_customer on touchpoints (tenant_id, customer_id, occurred_at);
create index touchpoints_time on touchpoints (tenant_id, occurred_at);

create table conversions (
    tenant_id uuid not null references tenants (id),
    id bigint generated always as identity,
    external_id text not null,
    customer_id text not null,
    customer_email text not null default '',
    occurred_at timestamptz not null,
    revenue numeric(14, 2) not null check (revenue >= 0),
    currency char(3) not null,
    is_new_customer boolean not null,
    region text not null default '',
    primary key (tenant_id, id),
    unique (tenant_id, external_id)
);
create index conversions_time on conversions (tenant_id, occurred_at, id);
create index conversions_customer on conversions (tenant_id, customer_id, occurred_at);

create table ad_spend_daily (
    tenant_id uuid not null references tenants (id),
    date date not null,
    channel text not null,
    platform text not null default '',
    region text not null default '',
    spend numeric(14, 2) not null check (spend >= 0),
    impressions bigint not null default 0 check (impressions >= 0),
    clicks bigint not null default 0 check (clicks >= 0),
    primary key (tenant_id, date, channel, platform, region)
);

create table geo_kpi_daily (
    tenant_id uuid not null references tenants (id),
    date date not null,
    region text not null,
    revenue numeric(14, 2) not null check (revenue >= 0),
    conversions integer not null check (conversions >= 0),
    primary key (tenant_id, date, region)
);
