using Attribution.Api.Ingestion.Parsing;
using Npgsql;
using NpgsqlTypes;

namespace Attribution.Api.Ingestion.Storage;

/// <summary>Writes validated rows to the staging COPY: the row's ordinal, then each field in the kind's column order.</summary>
internal static class StagingRows
{
    public static async Task WriteAsync(NpgsqlBinaryImporter importer, IngestKind kind, RowValues row, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(row.Index, NpgsqlDbType.Integer, cancellationToken);
        var values = row.Values;
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var task = kind.Fields[i].Type switch
            {
                FieldType.Timestamp => importer.WriteAsync(values[i].Instant, NpgsqlDbType.TimestampTz, cancellationToken),
                FieldType.Date => importer.WriteAsync(values[i].Date, NpgsqlDbType.Date, cancellationToken),
                FieldType.Money => importer.WriteAsync(values[i].Number, NpgsqlDbType.Numeric, cancellationToken),
                FieldType.Count => importer.WriteAsync(values[i].Present ? values[i].Integer : 0L, NpgsqlDbType.Bigint, cancellationToken),
                FieldType.Boolean => importer.WriteAsync(values[i].Flag, NpgsqlDbType.Boolean, cancellationToken),
                _ => importer.WriteAsync(values[i].Text ?? "", NpgsqlDbType.Text, cancellationToken),
            };
            await task;
        }
    }
}
