namespace Attribution.Api.Ingestion.Parsing;

/// <summary>One row being parsed: its position in the body and its field values (reused from row to row).</summary>
internal sealed class RowValues(int fieldCount)
{
    public FieldValue[] Values { get; } = new FieldValue[fieldCount];

    /// <summary>Zero-based index of the row in the body.</summary>
    public int Index { get; private set; }

    /// <summary>One-based line where the row starts (CSV and NDJSON), or 0 when lines say nothing (JSON array).</summary>
    public int Line { get; private set; }

    public bool Valid { get; set; }

    public void Reset(int index, int line)
    {
        Array.Clear(Values);
        Index = index;
        Line = line;
        Valid = true;
    }
}
