using System.Buffers;
using System.Text.Json;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// Parses one row given as a JSON object (an element of a JSON array, or an NDJSON line) into a <see cref="RowValues"/>.
/// Member names match the field names case-insensitively; an unknown or repeated member, a value of the wrong type or
/// text that is not JSON is a row error.
/// </summary>
internal static class JsonRowParser
{
    private const int StackScratch = 1024;

    public static void Parse(ReadOnlySpan<byte> json, IngestKind kind, RowValues row, RowErrors errors)
    {
        bool complete;
        try
        {
            complete = ParseObject(json, kind, row, errors);
        }
        catch (JsonException)
        {
            errors.Add(row, null, "The row is not valid JSON.");
            return;
        }

        if (complete)
        {
            kind.Finish(row, errors);
        }
    }

    private static bool ParseObject(ReadOnlySpan<byte> json, IngestKind kind, RowValues row, RowErrors errors)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            errors.Add(row, null, "The row must be a JSON object.");
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = Find(kind, ref reader, out var unknown);
            reader.Read();
            if (index < 0)
            {
                errors.Add(row, unknown, $"'{unknown}' is not a known field.");
                reader.Skip();
                continue;
            }

            var field = kind.Fields[index];
            if (row.Values[index].Seen)
            {
                errors.Add(row, field.Name, $"'{field.Name}' is given more than once.");
                reader.Skip();
                continue;
            }

            if (ReadValue(ref reader, field, ref row.Values[index]) is { } error)
            {
                errors.Add(row, field.Name, error);
            }
        }

        if (reader.Read())
        {
            errors.Add(row, null, "The row must be a single JSON object.");
            return false;
        }

        return true;
    }

    private static string? ReadValue(ref Utf8JsonReader reader, IngestField field, ref FieldValue value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when reader.ValueIsEscaped:
                return Unescaped(ref reader, field, ref value);
            case JsonTokenType.String:
                return FieldConverter.Convert(field, RawKind.String, reader.ValueSpan, ref value);
            case JsonTokenType.Number:
                return FieldConverter.Convert(field, RawKind.Number, reader.ValueSpan, ref value);
            case JsonTokenType.True:
                return FieldConverter.Convert(field, RawKind.True, [], ref value);
            case JsonTokenType.False:
                return FieldConverter.Convert(field, RawKind.False, [], ref value);
            case JsonTokenType.Null:
                return FieldConverter.Convert(field, RawKind.Null, [], ref value);
            default:
                reader.Skip();
                return FieldConverter.Convert(field, RawKind.Structured, [], ref value);
        }
    }

    private static string? Unescaped(ref Utf8JsonReader reader, IngestField field, ref FieldValue value)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[]? rented = null;
        var scratch = length <= StackScratch ? stackalloc byte[StackScratch] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = reader.CopyString(scratch);
            return FieldConverter.Convert(field, RawKind.String, scratch[..written], ref value);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int Find(IngestKind kind, ref Utf8JsonReader reader, out string? name)
    {
        name = null;
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            if (reader.ValueTextEquals(kind.Fields[i].Utf8Name))
            {
                return i;
            }
        }

        name = reader.GetString() ?? "";
        return kind.IndexOf(name);
    }
}
