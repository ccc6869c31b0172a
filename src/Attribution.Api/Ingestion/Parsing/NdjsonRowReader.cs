namespace Attribution.Api.Ingestion.Parsing;

/// <summary>NDJSON (<c>application/x-ndjson</c>): one JSON object per line; blank lines are skipped; errors name the line.</summary>
internal sealed class NdjsonRowReader(BodyBuffer body, IngestKind kind, RowErrors errors) : RowReader(body, kind, errors)
{
    private int _line;

    protected override int Parse(RowValues[] batch, int count, bool final)
    {
        var data = Body.Data;
        var position = 0;
        while (count < batch.Length && position < data.Length)
        {
            var rest = data[position..];
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0 && !final)
            {
                break;
            }

            var line = newline < 0 ? rest : rest[..newline];
            position += newline < 0 ? rest.Length : newline + 1;
            _line++;
            line = line.Trim(" \t\r"u8);
            if (!line.IsEmpty)
            {
                JsonRowParser.Parse(line, Kind, Next(batch, count++, _line), Errors);
            }
        }

        Body.Consume(position);
        return count;
    }
}
