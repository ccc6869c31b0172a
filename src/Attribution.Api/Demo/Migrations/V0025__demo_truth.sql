-- The known truth behind a tenant's generated demo data (seed-demo), next to the data it describes.
create table demo_truth (
    tenant_id uuid primary key references tenants (id),
    generated_at timestamptz not null,
    options jsonb not null,
    truth jsonb not null
);

alter table demo_truth enable row level security;
alter table demo_truth force row level security;
create policy tenant_isolation on demo_truth
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert, update, delete on demo_truth to attribution_app;
