namespace Attribution.Api.Incrementality.Sql;

/// <summary>The experiment lifecycle's statements (row-level security scopes them to the transaction's tenant).</summary>
internal static class ExperimentSql
{
    public const string Columns = """
        id, name, platform, test_regions, control_regions, start_date, end_date, pre_test_days, budget_estimate::float8, status,
        design::text, results::text, created_at, updated_at
        """;

    public const string Insert = $"""
        insert into incrementality_experiments
            (tenant_id, id, name, platform, test_regions, control_regions, start_date, end_date, pre_test_days, budget_estimate)
        values (app_tenant_id(), @id, @name, @platform, @test, @control, @start, @end, @pre, @budget)
        returning {Columns}
        """;

    public const string Get = $"select {Columns} from incrementality_experiments where id = @id";

    public const string Lock = $"select {Columns} from incrementality_experiments where id = @id for update";

    public const string Update = $"""
        update incrementality_experiments set name = @name, platform = @platform, test_regions = @test, control_regions = @control,
            start_date = @start, end_date = @end, pre_test_days = @pre, budget_estimate = @budget, status = @status, updated_at = now()
        where id = @id
        returning {Columns}
        """;

    public const string Delete = "delete from incrementality_experiments where id = @id";

    /// <summary>Newest first (created_at, id descending), after the cursor, optionally one status; one row more than the page.</summary>
    public static string Page(bool cursor, bool status) => $"""
        select {Columns} from incrementality_experiments
        where true {(cursor ? "and (created_at, id) < (@cursor_at, @cursor_id)" : "")} {(status ? "and status = @status" : "")}
        order by created_at desc, id desc
        limit @take
        """;
}
