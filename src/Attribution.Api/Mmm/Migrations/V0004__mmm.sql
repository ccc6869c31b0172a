-- Media mix models and their posterior draws (bulky data stays here, not in job payloads).
create table mmm_models (
    tenant_id uuid not null references tenants (id),
    id uuid not null,
    status text not null check (status in ('queued', 'running', 'completed', 'failed')),
    progress double precision not null default 0,
    channels text[] not null,
    date_range_start date not null,
    date_range_end date not null,
    granularity text not null default 'weekly',
    config jsonb not null default '{}',
    model_fit jsonb,
    diagnostics jsonb,
    results jsonb,
    warnings jsonb not null default '[]',
    error text,
    job_id uuid,
    created_at timestamptz not null default now(),
    completed_at timestamptz,
    primary key (tenant_id, id)
);
create index mmm_models_recent on mmm_models (tenant_id, created_at desc);

create table mmm_posterior_draws (
    tenant_id uuid not null,
    model_id uuid not null,
    chain integer not null,
    draw integer not null,
    parameters double precision[] not null,
    primary key (tenant_id, model_id, chain, draw),
    foreign key (tenant_id, model_id) references mmm_models (tenant_id, id) on delete cascade
);
