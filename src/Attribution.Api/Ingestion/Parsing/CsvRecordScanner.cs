namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// Finds one RFC 4180 record (<c>,</c> separated, <c>"</c> quoted, <c>""</c> a quote inside quotes, CRLF or LF line ends,
/// line breaks allowed inside quotes) at the start of a buffer and the cells it has.
/// </summary>
internal static class CsvRecordScanner
{
    /// <summary>A cell: where its text starts and how long it is (inside the quotes when quoted), and whether it holds <c>""</c>.</summary>
    internal readonly record struct Cell(int Start, int Length, bool Escaped);

    /// <summary>
    /// The length of the record at the start of <paramref name="data"/> including its line end, or -1 when more bytes are
    /// needed. <paramref name="malformed"/> is set for a quote that is not closed or text after a closing quote.
    /// </summary>
    public static int Scan(ReadOnlySpan<byte> data, bool final, List<Cell> cells, out bool malformed)
    {
        cells.Clear();
        malformed = false;
        var i = 0;
        while (true)
        {
            var quoted = i < data.Length && data[i] == (byte)'"';
            if (quoted)
            {
                var close = ClosingQuote(data, i + 1, final);
                if (close == -1)
                {
                    return -1;
                }

                if (close == -2)
                {
                    malformed = true;
                    return data.Length;
                }

                cells.Add(new(i + 1, close - i - 1, data[(i + 1)..close].IndexOf("\"\""u8) >= 0));
                i = close + 1;
                malformed |= i < data.Length && data[i] is not ((byte)',' or (byte)'\n' or (byte)'\r');
            }

            var end = data[i..].IndexOfAny((byte)',', (byte)'\n');
            if (end < 0)
            {
                if (!final)
                {
                    return -1;
                }

                if (!quoted)
                {
                    cells.Add(new(i, data.Length - i, false));
                }

                return data.Length;
            }

            if (!quoted)
            {
                cells.Add(new(i, end, false));
            }

            i += end;
            if (data[i] == (byte)'\n')
            {
                return i + 1;
            }

            i++;
        }
    }

    /// <summary>The index of the quote closing a quoted cell whose text starts at <paramref name="start"/>; -1 when more bytes are needed, -2 when the body ends first.</summary>
    private static int ClosingQuote(ReadOnlySpan<byte> data, int start, bool final)
    {
        var i = start;
        while (true)
        {
            var next = data[i..].IndexOf((byte)'"');
            if (next < 0)
            {
                return final ? -2 : -1;
            }

            i += next;
            if (i + 1 < data.Length && data[i + 1] == (byte)'"')
            {
                i += 2;
                continue;
            }

            return i + 1 == data.Length && !final ? -1 : i;
        }
    }
}
