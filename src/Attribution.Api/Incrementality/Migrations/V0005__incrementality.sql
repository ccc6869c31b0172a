-- Geo incrementality experiments.
create table incrementality_experiments (
    tenant_id uuid not null references tenants (id),
    id uuid not null,
    name text not null,
    platform text not null check (platform in ('meta', 'google', 'tiktok')),
    test_regions text[] not null,
    control_regions text[] not null default '{}',
    start_date date not null,
    end_date date not null,
    pre_test_days integer not null default 14,
    budget_estimate numeric(14, 2),
    status text not null default 'draft'
        check (status in ('draft', 'scheduled', 'running', 'analyzing', 'completed', 'cancelled')),
    design jsonb,
    results jsonb,
    error text,
    job_id uuid,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id),
    check (start_date < end_date)
);
create index incrementality_recent on incrementality_experiments (tenant_id, created_at desc, id);
