using System.Buffers;
using System.Globalization;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// A JSON array of row objects (<c>application/json</c>), streamed: the array's punctuation is checked here and each
/// element's bytes are found by a bracket and string scan, then parsed on its own by <see cref="JsonRowParser"/>.
/// An element that is not an object is a row error; a malformed array is fatal.
/// </summary>
internal sealed class JsonArrayRowReader(BodyBuffer body, IngestKind kind, RowErrors errors) : RowReader(body, kind, errors)
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> PrimitiveEnd = SearchValues.Create(",] \t\r\n"u8);
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    private Phase _phase = Phase.BeforeArray;

    private enum Phase
    {
        BeforeArray,
        FirstElement,
        AfterComma,
        AfterElement,
        Done,
    }

    protected override int Parse(RowValues[] batch, int count, bool final)
    {
        var data = Body.Data;
        var position = 0;
        try
        {
            while (count < batch.Length)
            {
                var skip = data[position..].IndexOfAnyExcept(Whitespace);
                if (skip < 0)
                {
                    position = data.Length;
                    break;
                }

                position += skip;
                var next = data[position];
                if (_phase is Phase.FirstElement or Phase.AfterComma && next != ']')
                {
                    var length = ElementLength(data[position..], final);
                    if (length < 0)
                    {
                        break;
                    }

                    var row = Next(batch, count++, 0);
                    var element = data.Slice(position, length);
                    if (element[0] == (byte)'{')
                    {
                        JsonRowParser.Parse(element, Kind, row, Errors);
                    }
                    else
                    {
                        Errors.Add(row, null, "The row must be a JSON object.");
                    }

                    position += length;
                    _phase = Phase.AfterElement;
                    continue;
                }

                _phase = Punctuation(_phase, next);
                position++;
            }
        }
        finally
        {
            Body.Consume(position);
        }

        if (final && position == data.Length && _phase != Phase.Done)
        {
            throw Errors.Fatal("body", _phase == Phase.BeforeArray
                ? "The body must be a JSON array of row objects."
                : "The body ended before the JSON array was closed.");
        }

        return count;
    }

    private Phase Punctuation(Phase phase, byte next) => (phase, next) switch
    {
        (Phase.BeforeArray, (byte)'[') => Phase.FirstElement,
        (Phase.FirstElement, (byte)']') => Phase.Done,
        (Phase.AfterElement, (byte)',') => Phase.AfterComma,
        (Phase.AfterElement, (byte)']') => Phase.Done,
        (Phase.BeforeArray, _) => throw Errors.Fatal("body", "The body must be a JSON array of row objects."),
        (Phase.AfterComma, _) => throw Errors.Fatal("body", "The JSON array has a trailing comma."),
        (Phase.Done, _) => throw Errors.Fatal("body", "The body has more after the end of the JSON array."),
        _ => throw Errors.Fatal("body", string.Create(CultureInfo.InvariantCulture, $"Expected ',' or ']' after rows[{NextIndex - 1}]; the body is not a valid JSON array.")),
    };

    /// <summary>The length of the JSON value at the start of <paramref name="data"/>, or -1 when more bytes are needed.</summary>
    private int ElementLength(ReadOnlySpan<byte> data, bool final)
    {
        var length = data[0] switch
        {
            (byte)'{' or (byte)'[' => ContainerLength(data),
            (byte)'"' => StringLength(data, 0),
            _ => data.IndexOfAny(PrimitiveEnd) is var end and >= 0 ? end : final ? data.Length : -1,
        };
        return length < 0 && final
            ? throw Errors.Fatal("body", string.Create(CultureInfo.InvariantCulture, $"The body ended inside rows[{NextIndex}]."))
            : length;
    }

    private static int ContainerLength(ReadOnlySpan<byte> data)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            var next = data[i..].IndexOfAny(Structural);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            switch (data[i])
            {
                case (byte)'"':
                    var length = StringLength(data, i);
                    if (length < 0)
                    {
                        return -1;
                    }

                    i += length;
                    continue;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                default:
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }

            i++;
        }
    }

    /// <summary>The length of the JSON string starting at <paramref name="start"/> (a quote), or -1 when it is not complete.</summary>
    private static int StringLength(ReadOnlySpan<byte> data, int start)
    {
        var i = start + 1;
        while (i < data.Length)
        {
            var next = data[i..].IndexOfAny(StringEnd);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (data[i] == (byte)'"')
            {
                return i + 1 - start;
            }

            i += 2;
        }

        return -1;
    }
}
