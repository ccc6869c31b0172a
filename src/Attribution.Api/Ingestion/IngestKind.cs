using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Ingestion;

/// <summary>
/// What one ingestion route accepts and where it goes: the row's fields (in COPY column order), the staging table,
/// the COPY command and the upsert (see <see cref="Sql.IngestSql"/>).
/// </summary>
internal sealed class IngestKind
{
    public required string Name { get; init; }

    public required IReadOnlyList<IngestField> Fields { get; init; }

    public required string Staging { get; init; }

    public required string Copy { get; init; }

    public required string Upsert { get; init; }

    /// <summary>Derives the channel from source and medium when a row gives none (touchpoints).</summary>
    public ChannelDerivation? Derivation { get; init; }

    /// <summary>The index of the field with this JSON name (case-insensitive), or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>After a row's fields are read: reports missing required fields and derives what is derived.</summary>
    public void Finish(RowValues row, RowErrors errors)
    {
        var values = row.Values;
        for (var i = 0; i < Fields.Count; i++)
        {
            ref var value = ref values[i];
            if (Fields[i].Required && !value.Present && !value.Failed)
            {
                errors.Add(row, Fields[i].Name, FieldConverter.RequiredMessage(Fields[i]));
            }
        }

        if (row.Valid)
        {
            Derivation?.Apply(values);
        }
    }
}
