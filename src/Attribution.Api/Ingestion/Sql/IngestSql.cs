namespace Attribution.Api.Ingestion.Sql;

/// <summary>
/// The shape every ingest follows on the request's tenant transaction: create a temp staging table (<c>on commit drop</c>),
/// binary COPY the validated rows into it with their ordinal, then one <c>insert ... select distinct on (natural key) ...
/// order by key, ordinal desc ... on conflict do update ... where (changed)</c>, so the last row of a key in a batch wins,
/// identical rows are left alone, and <c>returning (xmax = 0)</c> tells inserted rows from updated ones.
/// The staging key columns use the "C" collation: the sort compares bytes (equality is the same as under the database's
/// deterministic collation, so the last row of a key still wins).
/// </summary>
internal static class IngestSql
{
    /// <summary>Memory for the staging sort of one statement (the default 4 MB would spill a large batch to disk).</summary>
    public const string SortMemory = "set local work_mem = '64MB'";
}
