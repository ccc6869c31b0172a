using System.Globalization;
using System.Text;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// CSV (<c>text/csv</c>): a header row naming the fields (the JSON names, case-insensitive, any order; optional columns
/// may be left out), then one record per row. Blank lines are skipped; an empty cell is an absent value; errors name the line.
/// </summary>
internal sealed class CsvRowReader(BodyBuffer body, IngestKind kind, RowErrors errors) : RowReader(body, kind, errors)
{
    private readonly List<CsvRecordScanner.Cell> _cells = [];
    private byte[] _scratch = new byte[256];
    private int[]? _columns;
    private int _line;

    protected override int Parse(RowValues[] batch, int count, bool final)
    {
        var data = Body.Data;
        var position = 0;
        while (count < batch.Length && position < data.Length)
        {
            var rest = data[position..];
            var length = CsvRecordScanner.Scan(rest, final, _cells, out var malformed);
            if (length < 0)
            {
                break;
            }

            var record = rest[..length];
            var line = _line + 1;
            _line += record.Count((byte)'\n');
            position += length;
            if (record.Trim(" \t\r\n"u8).IsEmpty)
            {
                continue;
            }

            if (_columns is null)
            {
                _columns = Header(record);
                continue;
            }

            var row = Next(batch, count++, line);
            if (malformed)
            {
                Errors.Add(row, null, "The record has a quoted cell that is not closed, or text after a closing quote.");
            }
            else if (_cells.Count != _columns.Length)
            {
                Errors.Add(row, null, string.Create(CultureInfo.InvariantCulture, $"The record has {_cells.Count} cells but the header has {_columns.Length}."));
            }
            else
            {
                Fill(record, row);
            }
        }

        Body.Consume(position);
        return count;
    }

    private void Fill(ReadOnlySpan<byte> record, RowValues row)
    {
        for (var i = 0; i < _columns!.Length; i++)
        {
            var field = Kind.Fields[_columns[i]];
            if (FieldConverter.Convert(field, RawKind.Cell, Text(record, _cells[i]), ref row.Values[_columns[i]]) is { } error)
            {
                Errors.Add(row, field.Name, error);
            }
        }

        Kind.Finish(row, Errors);
    }

    /// <summary>The cell's text, with <c>""</c> inside quotes turned into <c>"</c>.</summary>
    private ReadOnlySpan<byte> Text(ReadOnlySpan<byte> record, CsvRecordScanner.Cell cell)
    {
        var text = record.Slice(cell.Start, cell.Length);
        if (!cell.Escaped)
        {
            return text;
        }

        if (_scratch.Length < text.Length)
        {
            _scratch = new byte[text.Length];
        }

        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _scratch[written++] = text[i];
            if (text[i] == (byte)'"')
            {
                i++;
            }
        }

        return _scratch.AsSpan(0, written);
    }

    /// <summary>Maps header cells to fields; an unknown, repeated or missing required column is fatal.</summary>
    private int[] Header(ReadOnlySpan<byte> record)
    {
        const string Key = "header";
        var columns = new int[_cells.Count];
        var failed = false;
        for (var i = 0; i < _cells.Count; i++)
        {
            var name = Encoding.UTF8.GetString(Text(record, _cells[i])).Trim();
            columns[i] = Kind.IndexOf(name);
            if (columns[i] < 0)
            {
                Errors.Add(Key, $"'{name}' is not a known column; the columns are: {string.Join(", ", Kind.Fields.Select(f => f.Name))}.");
                failed = true;
            }
            else if (Array.IndexOf(columns, columns[i], 0, i) >= 0)
            {
                Errors.Add(Key, $"'{name}' is given more than once.");
                failed = true;
            }
        }

        foreach (var missing in Kind.Fields.Where((f, index) => f.Required && !columns.Contains(index)))
        {
            Errors.Add(Key, $"The '{missing.Name}' column is required.");
            failed = true;
        }

        return failed ? throw Errors.ToException() : columns;
    }
}
