-- Tenants, the serving role's grants, and the tenant of the current transaction.
create table tenants (
    id uuid primary key,
    slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name text not null,
    external_tenant_id text unique,
    is_active boolean not null default true,
    created_at timestamptz not null default now()
);

-- The tenant the request's transaction set with set_config('app.tenant_id', ..., true); null when unset.
create function app_tenant_id() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- The serving role reads tenants (to resolve slugs and Entra tenant ids) and nothing else here.
grant usage on schema public to attribution_app;
grant select on tenants to attribution_app;
grant execute on function app_tenant_id() to attribution_app;
