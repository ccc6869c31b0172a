-- Long work run by the Server's job runner (the Functions host uses Durable instead).
create table jobs (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    kind text not null,
    status text not null default 'queued' check (status in ('queued', 'running', 'completed', 'failed', 'cancelled')),
    input jsonb not null,
    result jsonb,
    result_uri text,
    error text,
    progress_completed integer not null default 0,
    progress_total integer not null default 0,
    progress_message text not null default '',
    attempts integer not null default 0,
    max_attempts integer not null default 3,
    run_after timestamptz not null default now(),
    lease_owner text,
    lease_expires_at timestamptz,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    completed_at timestamptz
);
create index jobs_tenant on jobs (tenant_id, created_at desc);
-- The runner's claim query: runnable work in order.
create index jobs_runnable on jobs (run_after) where status in ('queued', 'running');
