namespace Attribution.Api.Mmm.Sql;

/// <summary>The MMM feature's statements; row-level security scopes every one to the transaction's tenant.</summary>
internal static class MmmSql
{
    /// <summary>Spend per day and channel of the range (all platforms and regions summed).</summary>
    public const string DailySpend = """
        select date, channel, sum(spend)::float8
        from ad_spend_daily
        where date >= @start and date <= @end and channel = any(@channels)
        group by date, channel
        """;

    /// <summary>Conversion revenue per UTC day of the range.</summary>
    public const string DailyRevenue = """
        select (occurred_at at time zone 'UTC')::date as day, sum(revenue)::float8
        from conversions
        where occurred_at >= @start::timestamp at time zone 'UTC' and occurred_at < (@end + 1)::timestamp at time zone 'UTC'
        group by day
        """;

    /// <summary>The channels with any spend in the range.</summary>
    public const string ChannelsWithSpend = """
        select distinct channel from ad_spend_daily where date >= @start and date <= @end and spend > 0
        """;

    public const string Insert = """
        insert into mmm_models (tenant_id, id, status, progress, channels, date_range_start, date_range_end, granularity, config, dataset)
        values (app_tenant_id(), @id, 'queued', 0, @channels, @start, @end, @granularity, @config::jsonb, @dataset::jsonb)
        """;

    public const string SetJob = "update mmm_models set job_id = @job where id = @id";

    public const string ReadInputs = "select config::text, dataset::text, status from mmm_models where id = @id";

    public const string MarkRunning = """
        update mmm_models set status = 'running', progress = greatest(progress, @progress), error = null
        where id = @id and status in ('queued', 'running')
        """;

    public const string DeleteChain = """
        delete from mmm_posterior_draws where model_id = @id and chain = @chain;
        delete from mmm_chains where model_id = @id and chain = @chain
        """;

    /// <summary>COPY is refused on tables with row-level security, so draws are copied into a temporary table first.</summary>
    public const string StageDraws = "create temp table mmm_draws_staging (draw integer not null, parameters double precision[] not null) on commit drop";

    public const string CopyDraws = "copy mmm_draws_staging (draw, parameters) from stdin (format binary)";

    public const string InsertDraws = """
        insert into mmm_posterior_draws (tenant_id, model_id, chain, draw, parameters)
        select app_tenant_id(), @id, @chain, draw, parameters from mmm_draws_staging;
        drop table mmm_draws_staging
        """;

    public const string InsertChain = """
        insert into mmm_chains (tenant_id, model_id, chain, divergences, step_size, mean_acceptance, max_tree_depth_hits, gradient_evaluations)
        values (app_tenant_id(), @id, @chain, @divergences, @stepSize, @acceptance, @treeDepthHits, @gradients)
        """;

    public const string ChainProgress = """
        update mmm_models set progress = greatest(progress, 0.05 + 0.9 * (select count(*) from mmm_chains where model_id = @id) / @chains::float8)
        where id = @id and status = 'running'
        """;

    public const string ReadChains = """
        select chain, divergences, step_size, mean_acceptance, max_tree_depth_hits, gradient_evaluations
        from mmm_chains where model_id = @id order by chain
        """;

    public const string ReadDraws = "select chain, parameters from mmm_posterior_draws where model_id = @id order by chain, draw";

    public const string Complete = """
        update mmm_models set status = 'completed', progress = 1, model_fit = @fit::jsonb, diagnostics = @diagnostics::jsonb,
            results = @results::jsonb, warnings = @warnings::jsonb, completed_at = now(), error = null
        where id = @id
        """;

    public const string Fail = "update mmm_models set status = 'failed', error = @error, completed_at = now() where id = @id and status <> 'completed'";

    private const string ViewColumns = """
        id, status, progress, channels, granularity, date_range_start, date_range_end, created_at, completed_at, job_id,
        model_fit::text, diagnostics::text, results::text, warnings::text, error, config::text
        """;

    public const string ById = $"select {ViewColumns} from mmm_models where id = @id";

    /// <summary>The latest completed model, else the latest run of any status.</summary>
    public const string Latest = $"""
        select {ViewColumns} from mmm_models
        order by (status = 'completed') desc, case when status = 'completed' then completed_at end desc nulls last, created_at desc
        limit 1
        """;

    public const string Recent = """
        select id, status, progress, created_at, completed_at, job_id, error from mmm_models order by created_at desc, id limit @limit
        """;
}
