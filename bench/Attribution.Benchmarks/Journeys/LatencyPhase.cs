using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Attribution.Benchmarks.Journeys;

/// <summary>
/// One timed phase of <c>journeys-latency</c>: closed-loop clients (no think time) each sending the next request of its
/// <see cref="LatencyWorkload"/> as soon as the previous body has been read, until the duration is over.
/// </summary>
internal static class LatencyPhase
{
    public static async Task<long> RunAsync(HttpClient client, JourneySamples samples, JourneysLatencyOptions options, TimeSpan duration, string label)
    {
        var stats = new LatencyStats();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(i => Task.Run(async () =>
        {
            var workload = new LatencyWorkload(samples, (options.Seed * 1000) + i);
            var buffer = new byte[1 << 20];
            while (clock.Elapsed < duration)
            {
                var path = workload.NextPath();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
                    var length = await ReadBodyAsync(response, buffer);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (!response.IsSuccessStatusCode)
                    {
                        stats.AddError();
                        await Console.Error.WriteLineAsync($"  HTTP {(int)response.StatusCode} {path}: {Encoding.UTF8.GetString(buffer, 0, length)}");
                        continue;
                    }

                    stats.Add(elapsed, length, response.Headers.TryGetValues("X-Cache", out var cache) ? cache.FirstOrDefault() : null);
                    workload.Followed(path, NextCursor(buffer, length));
                }
                catch (HttpRequestException error)
                {
                    stats.AddError();
                    await Console.Error.WriteLineAsync($"  {error.Message} {path}");
                }
            }
        })));
        Console.WriteLine($"  {label}: {stats.Summary(clock.Elapsed)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    this process (Server and clients) used {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s of CPU in {clock.Elapsed.TotalSeconds:F1} s ({stats.CpuMillisecondsPerRequest(Process.GetCurrentProcess().TotalProcessorTime - cpu):F2} ms per request)"));
        return stats.Errors;
    }

    /// <summary>Reads the whole body into the client's reused buffer (1 MiB: a page of 50 journeys is about 100 KiB).</summary>
    private static async Task<int> ReadBodyAsync(HttpResponseMessage response, byte[] buffer)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        var total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(total))) > 0)
        {
            total += read;
            if (total == buffer.Length)
            {
                throw new HttpRequestException("The body is larger than the benchmark's buffer.");
            }
        }

        return total;
    }

    /// <summary>The page's nextCursor, found from the end of the body (it is the page's last member).</summary>
    private static string? NextCursor(byte[] body, int length)
    {
        var text = Encoding.UTF8.GetString(body, Math.Max(0, length - 64), Math.Min(64, length));
        var at = text.LastIndexOf("\"nextCursor\":\"", StringComparison.Ordinal);
        return at < 0 ? null : text[(at + 14)..text.IndexOf('"', at + 14)];
    }
}
