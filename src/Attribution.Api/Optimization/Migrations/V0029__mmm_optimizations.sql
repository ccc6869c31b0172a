-- Budget optimizations that did not finish within the inline time of the optimize route: the request, its job and the
-- result (the optimization route answers 202 and the result is read here through the optimizations route).
create table mmm_optimizations (
    tenant_id uuid not null,
    id uuid not null,
    model_id uuid not null,
    status text not null check (status in ('queued', 'running', 'completed', 'failed')),
    request jsonb not null,
    result jsonb,
    error text,
    job_id uuid,
    created_at timestamptz not null default now(),
    completed_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, model_id) references mmm_models (tenant_id, id) on delete cascade
);

alter table mmm_optimizations enable row level security;
alter table mmm_optimizations force row level security;
create policy tenant_isolation on mmm_optimizations
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert, update, delete on mmm_optimizations to attribution_app;
