using Attribution.Api.Tenancy.Sql;

namespace Attribution.Api.Journeys.Sql;

/// <summary>
/// The journeys routes' statements. Row-level security scopes every table to the transaction's tenant, so the
/// <c>tenant_id = app_tenant_id()</c> it adds leads each index condition: conversions by <c>(tenant_id, occurred_at, id)</c>,
/// a conversion's touches by <c>(tenant_id, customer_id, occurred_at)</c>. A journey's touches are the customer's touchpoints
/// with <c>converted_at - @window &lt;= occurred_at &lt;= converted_at</c>, oldest first (ties by id).
/// </summary>
internal static class JourneySql
{
    /// <summary>The touches of conversion <c>c</c> (the window edge counts, touches after the conversion do not).</summary>
    private const string TouchesOfC = "t.customer_id = c.customer_id and t.occurred_at >= c.occurred_at - @window and t.occurred_at <= c.occurred_at";

    private const string Columns =
        "c.id, c.external_id, c.customer_id, c.customer_email, c.occurred_at, c.revenue, c.currency, c.is_new_customer";

    /// <summary>The 16 variants of <see cref="Page"/>, built once (the text is also the key of the prepared statement).</summary>
    private static readonly string[] Pages =
        [.. Enumerable.Range(0, 16).Select(flags => BuildPage((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0))];

    /// <summary>Conversions of the page (newest first, one more than the page to know whether another follows) with their touches.</summary>
    public static string Page(bool cursor, bool newCustomers, bool search, bool channel) =>
        Pages[(cursor ? 1 : 0) | (newCustomers ? 2 : 0) | (search ? 4 : 0) | (channel ? 8 : 0)];

    private static string BuildPage(bool cursor, bool newCustomers, bool search, bool channel) => $"""
        with page as (
            select {Columns}
            from conversions c
            where c.occurred_at >= @start and c.occurred_at < @end
            {(cursor ? "and (c.occurred_at, c.id) < (@cursor_at, @cursor_id)" : "")}
            {(newCustomers ? "and c.is_new_customer = @new_customer" : "")}
            {(search ? SearchFilter : "")}
            {(channel ? $"and exists (select 1 from touchpoints t where {TouchesOfC} and t.channel = @channel)" : "")}
            order by c.occurred_at desc, c.id desc
            limit @take
        )
        select c.*, t.id, t.channel, t.source, t.medium, t.campaign, t.platform, t.occurred_at
        from page c
        left join lateral (select t.* from touchpoints t where {TouchesOfC}) t on true
        order by c.occurred_at desc, c.id desc, t.occurred_at, t.id
        """;

    /// <summary>One conversion by id with its touches (no row when it does not exist for the tenant).</summary>
    public const string Detail = $"""
        with one as (select {Columns} from conversions c where c.id = @id)
        select c.*, t.id, t.channel, t.source, t.medium, t.campaign, t.platform, t.occurred_at
        from one c
        left join lateral (select t.* from touchpoints t where {TouchesOfC}) t on true
        order by t.occurred_at, t.id
        """;

    /// <summary>
    /// Prefix match (exact ids match too) on the order id, the customer id or the email, ignoring the case of ASCII letters:
    /// <c>@search_from</c> is the text with ASCII letters lower-cased and <c>@search_to</c> the same followed by U+10FFFF, a
    /// range over the lower-cased key columns of migration V0028 that each key's index serves.
    /// </summary>
    private const string SearchFilter = """
        and ((c.order_key >= @search_from and c.order_key < @search_to) or (c.customer_key >= @search_from and c.customer_key < @search_to)
             or (c.email_key >= @search_from and c.email_key < @search_to))
        """;

    /// <summary>
    /// Every conversion of the range (optionally only new or returning customers) with its path: channels and times of
    /// its touches, oldest first (empty arrays without touches). One row per conversion.
    /// </summary>
    public static string Paths(bool newCustomers) => $$"""
        select c.occurred_at, c.revenue::float8, coalesce(j.channels, '{}'), coalesce(j.times, '{}')
        from conversions c
        cross join lateral (
            select array_agg(t.channel order by t.occurred_at, t.id) as channels, array_agg(t.occurred_at order by t.occurred_at, t.id) as times
            from touchpoints t where {{TouchesOfC}}
        ) j
        where c.occurred_at >= @start and c.occurred_at < @end {{(newCustomers ? "and c.is_new_customer = @new_customer" : "")}}
        """;

    /// <summary>The converting paths of the range, grouped: channels, conversions, revenue.</summary>
    public const string ConvertingPaths = $$"""
        select j.channels, count(*)::float8, sum(c.revenue)::float8
        from conversions c
        cross join lateral (
            select coalesce(array_agg(t.channel order by t.occurred_at, t.id), '{}') as channels from touchpoints t where {{TouchesOfC}}
        ) j
        where c.occurred_at >= @start and c.occurred_at < @end
        group by j.channels
        """;

    /// <summary>
    /// The non-converting paths, grouped: for each customer with touchpoints in <c>[@touch_start, @end)</c> and no conversion
    /// in <c>[@start, @end)</c>, their channels oldest first; with how many customers share the path.
    /// </summary>
    public const string NonConvertingPaths = """
        select p.channels, count(*)::float8
        from (
            select array_agg(t.channel order by t.occurred_at, t.id) as channels
            from touchpoints t
            where t.occurred_at >= @touch_start and t.occurred_at < @end
              and not exists (select 1 from conversions c where c.customer_id = t.customer_id and c.occurred_at >= @start and c.occurred_at < @end)
            group by t.customer_id
        ) p
        group by p.channels
        """;

    /// <summary>
    /// For the rest of the transaction, prepared statements run their generic plan. PostgreSQL would otherwise keep planning
    /// the page query for every execution (its generic cost estimate, blind to the range, exceeds the custom plans'), which
    /// costs about as much as running it; the generic plan is the same backward scan of the time index with a limit.
    /// </summary>
    public const string GenericPlans = "set local plan_cache_mode = force_generic_plan";

    /// <summary>
    /// The tenant's newest touchpoint and conversion ids (a backward index-only scan of each primary key) and its write
    /// counter (<see cref="TenantDataVersionSql.Current"/>).
    /// </summary>
    public const string Version = $"""
        select (select coalesce(max(id), 0) from touchpoints), (select coalesce(max(id), 0) from conversions), {TenantDataVersionSql.Current}
        """;

    /// <summary>How many touchpoints and conversions a range's fit reads (index-only scans of the time indexes).</summary>
    public const string Counts = """
        select (select count(*) from touchpoints where occurred_at >= @touch_start and occurred_at < @end),
               (select count(*) from conversions where occurred_at >= @start and occurred_at < @end)
        """;
}
