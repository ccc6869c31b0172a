namespace Attribution.Api.Optimization.Sql;

/// <summary>The optimization feature's statements (row-level security scopes them to the transaction's tenant).</summary>
internal static class OptimizationSql
{
    public const string Insert = """
        insert into mmm_optimizations (tenant_id, id, model_id, status, request)
        values (app_tenant_id(), @id, @model, 'queued', @request::jsonb)
        """;

    public const string SetJob = "update mmm_optimizations set job_id = @job where id = @id";

    public const string Running = "update mmm_optimizations set status = 'running' where id = @id and status in ('queued', 'running')";

    public const string Complete = "update mmm_optimizations set status = 'completed', result = @result::jsonb, error = null, completed_at = now() where id = @id";

    public const string Fail = "update mmm_optimizations set status = 'failed', error = @error, completed_at = now() where id = @id and status <> 'completed'";

    public const string Get = """
        select id, model_id, status, request::text, result::text, error, job_id, created_at, completed_at from mmm_optimizations where id = @id
        """;
}
