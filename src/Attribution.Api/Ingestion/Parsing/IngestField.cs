using System.Text;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>One field of an ingested row: its JSON name (also the CSV header), type and whether it is required.</summary>
internal sealed record IngestField(string Name, FieldType Type, bool Required)
{
    /// <summary>Longest accepted text, in characters.</summary>
    public int MaxLength { get; init; } = 256;

    /// <summary>Largest accepted <see cref="FieldType.Count"/>.</summary>
    public long Max { get; init; } = long.MaxValue;

    /// <summary>The name as UTF-8, to match JSON property names without allocating.</summary>
    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(Name);
}
