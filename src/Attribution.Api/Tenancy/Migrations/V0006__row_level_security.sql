-- Row-level security, enabled and forced, on every table with a tenant_id column; the serving role
-- gets DML on them. A transaction without app.tenant_id sees and writes nothing.
do $$
declare
    t record;
begin
    for t in
        select c.relname
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where n.nspname = 'public' and c.relkind in ('r', 'p')
    loop
        execute format('alter table %I enable row level security', t.relname);
        execute format('alter table %I force row level security', t.relname);
        execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())', t.relname);
        execute format('grant select, insert, update, delete on %I to attribution_app', t.relname);
    end loop;
end $$;

-- The Server's job runner claims work across tenants: only in a transaction that sets app.job_runner,
-- which request code never does. Everything else about a job runs under the job's own tenant.
create policy job_runner on jobs
    using (current_setting('app.job_runner', true) = 'on')
    with check (current_setting('app.job_runner', true) = 'on');
