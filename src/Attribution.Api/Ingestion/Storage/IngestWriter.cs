using System.Diagnostics;
using Attribution.Api.Ingestion.Parsing;
using Attribution.Api.Ingestion.Sql;
using Attribution.Api.Tenancy;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Attribution.Api.Ingestion.Storage;

/// <summary>
/// The bulk path of one request, on its tenant transaction: rows stream from the parser into a binary COPY to the
/// staging table as they are validated (memory stays flat), then one upsert moves them into the tenant's table.
/// Any row error stops the COPY and throws the 400; the route invoker then rolls back, so nothing is written.
/// Logs the time spent streaming (parse, validate, COPY) and upserting.
/// </summary>
internal static partial class IngestWriter
{
    private const int BatchSize = 512;

    public static async Task<IngestResult> WriteAsync(
        TenantSession session, IngestKind kind, RowReader reader, RowErrors errors, ILogger logger, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (connection, transaction) = await session.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, kind.Staging, cancellationToken);
        long received = 0;
        var batch = reader.CreateBatch(BatchSize);
        await using (var importer = await connection.BeginBinaryImportAsync(kind.Copy, cancellationToken))
        {
            int count;
            while ((count = await reader.ReadAsync(batch, cancellationToken)) > 0)
            {
                received += count;
                for (var i = 0; i < count && errors.Count == 0; i++)
                {
                    await StagingRows.WriteAsync(importer, kind, batch[i], cancellationToken);
                }
            }

            if (errors.Count > 0)
            {
                throw errors.ToException();
            }

            await importer.CompleteAsync(cancellationToken);
        }

        if (received == 0)
        {
            return new IngestResult(0, 0, 0);
        }

        var copied = Stopwatch.GetTimestamp();
        await ExecuteAsync(connection, transaction, IngestSql.SortMemory, cancellationToken);
        var outcome = await UpsertAsync(session, kind, received, cancellationToken);
        if (outcome.Inserted + outcome.Updated > 0)
        {
            await TenantDataVersion.BumpAsync(session, cancellationToken);
        }

        LogIngested(logger, kind.Name, received, outcome.Inserted, outcome.Updated,
            (long)Stopwatch.GetElapsedTime(started, copied).TotalMilliseconds, (long)Stopwatch.GetElapsedTime(copied).TotalMilliseconds);
        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested {Kind}: {Received} rows ({Inserted} inserted, {Updated} updated); streaming {StreamMs} ms, upsert {UpsertMs} ms")]
    private static partial void LogIngested(ILogger logger, string kind, long received, long inserted, long updated, long streamMs, long upsertMs);

    private static async Task<IngestResult> UpsertAsync(TenantSession session, IngestKind kind, long received, CancellationToken cancellationToken)
    {
        await using var upsert = await session.CommandAsync(kind.Upsert, cancellationToken);
        upsert.Parameters.AddWithValue("tenant", session.TenantId);
        await using var result = await upsert.ExecuteReaderAsync(cancellationToken);
        await result.ReadAsync(cancellationToken);
        return new IngestResult(received, result.GetInt64(0), result.GetInt64(1));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
