using Microsoft.Extensions.Logging;

namespace Attribution.Benchmarks.Ingestion;

/// <summary>Adds up the server's per-request ingest log (streaming and upsert milliseconds) so a run can say where the time went.</summary>
internal sealed class PhaseRecorder : ILoggerProvider, ILogger
{
    private long _streamMs;
    private long _upsertMs;
    private int _requests;

    public const string Category = "Attribution.Api.Ingestion.Storage.IngestWriter";

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public (int Requests, double StreamSeconds, double UpsertSeconds) TakeTotals()
    {
        var totals = (Interlocked.Exchange(ref _requests, 0), Interlocked.Exchange(ref _streamMs, 0) / 1000.0, Interlocked.Exchange(ref _upsertMs, 0) / 1000.0);
        return totals;
    }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            return;
        }

        foreach (var (key, value) in values)
        {
            if (key == "StreamMs" && value is long stream)
            {
                Interlocked.Add(ref _streamMs, stream);
            }
            else if (key == "UpsertMs" && value is long upsert)
            {
                Interlocked.Add(ref _upsertMs, upsert);
            }
        }

        Interlocked.Increment(ref _requests);
    }

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public void Dispose()
    {
    }
}
