namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// Streams the rows of a body in batches: each call parses as many complete rows as are buffered (reading more of
/// the body when none are), validating each as it goes. Row errors go to <see cref="Errors"/>; an error that stops
/// parsing (the body's shape, the CSV header) is thrown at once as the 400 with everything found so far.
/// </summary>
internal abstract class RowReader(BodyBuffer body, IngestKind kind, RowErrors errors)
{
    protected BodyBuffer Body { get; } = body;

    protected IngestKind Kind { get; } = kind;

    protected RowErrors Errors { get; } = errors;

    /// <summary>Index of the next row (zero-based).</summary>
    protected int NextIndex { get; set; }

    /// <summary>A batch of reusable rows for this kind.</summary>
    public RowValues[] CreateBatch(int size) => [.. Enumerable.Range(0, size).Select(_ => new RowValues(Kind.Fields.Count))];

    /// <summary>Fills the start of <paramref name="batch"/> with the next rows and returns how many; 0 at the end of the body.</summary>
    public async ValueTask<int> ReadAsync(RowValues[] batch, CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            count = Parse(batch, count, Body.Ended);
            if (count == batch.Length || Body.Ended)
            {
                return count;
            }

            await Body.FillAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Parses complete rows from the buffered bytes into <paramref name="batch"/> from <paramref name="count"/> on,
    /// consumes what it parsed and returns the new count. When <paramref name="final"/>, the buffer holds the rest of the
    /// body: everything must be consumed (or a fatal error thrown).
    /// </summary>
    protected abstract int Parse(RowValues[] batch, int count, bool final);

    /// <summary>The next row of the batch, reset for the next index.</summary>
    protected RowValues Next(RowValues[] batch, int count, int line)
    {
        var row = batch[count];
        row.Reset(NextIndex++, line);
        return row;
    }
}
