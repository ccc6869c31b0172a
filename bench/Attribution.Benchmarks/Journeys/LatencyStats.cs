using System.Globalization;

namespace Attribution.Benchmarks.Journeys;

/// <summary>Latencies of one phase (milliseconds) and its errors; percentiles by the nearest-rank method.</summary>
internal sealed class LatencyStats
{
    private readonly List<double> _milliseconds = [];
    private readonly Dictionary<string, List<double>> _byCache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _errors;
    private long _bytes;

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Records a successful request; <paramref name="cache"/> is the response's X-Cache header (hit, miss) if any.</summary>
    public void Add(double milliseconds, int bytes, string? cache = null)
    {
        lock (_gate)
        {
            _milliseconds.Add(milliseconds);
            if (cache is not null)
            {
                if (!_byCache.TryGetValue(cache, out var list))
                {
                    _byCache[cache] = list = [];
                }

                list.Add(milliseconds);
            }
        }

        Interlocked.Add(ref _bytes, bytes);
    }

    /// <summary>CPU time per successful request.</summary>
    public double CpuMillisecondsPerRequest(TimeSpan cpu)
    {
        lock (_gate)
        {
            return _milliseconds.Count == 0 ? 0 : cpu.TotalMilliseconds / _milliseconds.Count;
        }
    }

    public void AddError() => Interlocked.Increment(ref _errors);

    public string Summary(TimeSpan elapsed)
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _milliseconds.Order()];
        }

        if (sorted.Length == 0)
        {
            return $"no successful requests, {Errors} errors";
        }

        double At(double[] values, double p) => values[Math.Clamp((int)Math.Ceiling(p * values.Length) - 1, 0, values.Length - 1)];
        string classes;
        lock (_gate)
        {
            classes = string.Concat(_byCache.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
            {
                double[] values = [.. c.Value.Order()];
                return string.Create(CultureInfo.InvariantCulture,
                    $"\n    X-Cache {c.Key}: {values.Length} ({100.0 * values.Length / sorted.Length:F1}%), p50 {At(values, 0.5):F1}, p95 {At(values, 0.95):F1}, mean {values.Average():F1} ms");
            }));
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Length} requests in {elapsed.TotalSeconds:F1} s ({sorted.Length / elapsed.TotalSeconds:F0}/s), {Errors} errors; "
            + $"latency ms: p50 {At(sorted, 0.50):F1}, p95 {At(sorted, 0.95):F1}, p99 {At(sorted, 0.99):F1}, max {sorted[^1]:F1}, mean {sorted.Average():F1}; "
            + $"mean body {Interlocked.Read(ref _bytes) / sorted.Length / 1024.0:F1} KiB{classes}");
    }
}
