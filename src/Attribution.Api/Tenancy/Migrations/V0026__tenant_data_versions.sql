-- A counter per tenant raised in the same transaction as every write of its measurement data (ingestion, demo seeding):
-- caches of derived results (journey pages, fitted journey models) are keyed by it, so an update of an existing row
-- (which raises no id) still invalidates them.
create table tenant_data_versions (
    tenant_id uuid primary key references tenants (id),
    version bigint not null,
    changed_at timestamptz not null default now()
);

alter table tenant_data_versions enable row level security;
alter table tenant_data_versions force row level security;
create policy tenant_isolation on tenant_data_versions
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert, update, delete on tenant_data_versions to attribution_app;
