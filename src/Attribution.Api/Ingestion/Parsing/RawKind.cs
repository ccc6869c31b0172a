namespace Attribution.Api.Ingestion.Parsing;

/// <summary>What a parser found for a field: a JSON token kind, or a CSV cell (text of any shape).</summary>
internal enum RawKind
{
    String,
    Number,
    True,
    False,
    Null,
    Structured,
    Cell,
}
