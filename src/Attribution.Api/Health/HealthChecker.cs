using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Attribution.Api.Health;

/// <summary>Probes PostgreSQL (<c>select 1</c>) and Table Storage (list one table) in parallel, each bounded by a timeout.</summary>
public sealed partial class HealthChecker(NpgsqlDataSource database, TableServiceClient tables, TimeProvider clock, ILogger<HealthChecker> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var databaseTask = ProbeAsync("database", async ct =>
        {
            await using var command = database.CreateCommand("select 1");
            await command.ExecuteScalarAsync(ct);
        }, cancellationToken);
        var storageTask = ProbeAsync("storage", async ct =>
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1))
            {
                break;
            }
        }, cancellationToken);
        var (db, storage) = (await databaseTask, await storageTask);
        var status = db.Reachable && storage.Reachable ? "healthy" : "unhealthy";
        return new HealthReport(status, clock.GetUtcNow(), db, storage);
    }

    private async Task<DependencyStatus> ProbeAsync(string name, Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await probe(timeout.Token);
            return new DependencyStatus("reachable", Elapsed(started), null);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, error, name);
            var reason = error is OperationCanceledException ? $"no answer within {Timeout.TotalSeconds:0} s" : error.GetType().Name;
            return new DependencyStatus("unreachable", Elapsed(started), reason);
        }
    }

    private static double Elapsed(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health probe of {Dependency} failed")]
    private static partial void LogUnreachable(ILogger logger, Exception error, string dependency);
}
