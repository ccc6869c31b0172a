namespace Attribution.Api.Demo.Seeding;

/// <summary>
/// A bulk table written through a staging table: PostgreSQL refuses <c>COPY FROM</c> into a table under row-level security,
/// so rows are copied (binary) into a temporary table of the same columns, then inserted from it, where the tenant policy's
/// <c>WITH CHECK</c> applies to every row.
/// </summary>
internal sealed record DemoStagedTable(string Table, string Columns)
{
    public string Staging => "demo_seed_" + Table;

    public string Create => $"create temp table {Staging} on commit drop as select {Columns} from {Table} with no data";

    public string Copy => $"copy {Staging} ({Columns}) from stdin (format binary)";

    public string Insert => $"insert into {Table} ({Columns}) select {Columns} from {Staging}";
}
