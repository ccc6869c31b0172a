-- MMM training: the dataset a run fits (frozen when the run is requested, so every chain and the finalize step see the
-- same numbers even if new data arrives meanwhile) and each finished chain's sampler statistics.
alter table mmm_models add column dataset jsonb;

create table mmm_chains (
    tenant_id uuid not null,
    model_id uuid not null,
    chain integer not null,
    divergences integer not null,
    step_size double precision not null,
    mean_acceptance double precision not null,
    max_tree_depth_hits integer not null,
    gradient_evaluations bigint not null,
    completed_at timestamptz not null default now(),
    primary key (tenant_id, model_id, chain),
    foreign key (tenant_id, model_id) references mmm_models (tenant_id, id) on delete cascade
);

alter table mmm_chains enable row level security;
alter table mmm_chains force row level security;
create policy tenant_isolation on mmm_chains
    using (tenant_id = app_tenant_id())
    with check (tenant_id = app_tenant_id());
grant select, insert, update, delete on mmm_chains to attribution_app;
