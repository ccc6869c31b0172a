using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Attribution.Api.Journeys;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;
using Attribution.Server;
using Attribution.Server.Commands;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Attribution.Benchmarks.Journeys;

/// <summary>
/// Journey list latency on the Server: seeds (or reuses) a demo tenant with about 1M touchpoints (<c>seed-demo</c>,
/// 120,000 conversions over 730 days), vacuums and analyses the two tables, starts the real Server in-process on
/// 127.0.0.1, fits every data-driven model of the workload once, warms up, then runs closed-loop clients (no think time)
/// for a fixed time, each fetching list pages (<see cref="LatencyWorkload"/>) and reading the whole body. Prints p50, p95,
/// p99, max, throughput and errors, and how many models were fitted while measuring (0: they were all reused).
/// </summary>
internal static class JourneysLatencyCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        JourneysLatencyOptions options;
        try
        {
            options = JourneysLatencyOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return 2;
        }

        var owner = Setting("ConnectionStrings__PostgresOwner");
        var app = Setting("ConnectionStrings__Postgres");
        var seeded = await SeedDemoCommand.RunAsync(
            ["--tenant", options.Tenant, "--conversions", options.Conversions.ToString(CultureInfo.InvariantCulture), "--truth-file", Path.Combine(Path.GetTempPath(), options.Tenant + "-truth.json")],
            TimeProvider.System);
        if (seeded != 0)
        {
            return seeded;
        }

        var tenant = await PrepareAsync(owner, options.Tenant);
        var samples = await JourneySamples.ReadAsync(owner, tenant);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"journeys-latency: tenant {options.Tenant}: {samples.Touchpoints:N0} touchpoints, {samples.Conversions:N0} conversions, last day {samples.LastDay:yyyy-MM-dd}; "
            + $"{options.Clients} clients, {options.WarmupSeconds} s warm-up, {options.Seconds} s measured, pool {options.PoolSize}"
            + $"{(options.NoResetOnClose ? " (No Reset On Close)" : "")}, {Environment.ProcessorCount} cores"));

        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var server = ServerApp.Build(["--urls", "http://127.0.0.1:0"], configure: builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration[AuthSettings.DevelopmentSigningKey] = signingKey;
            builder.Configuration["ConnectionStrings:Postgres"] =
                app + $";Maximum Pool Size={options.PoolSize}" + (options.NoResetOnClose ? ";No Reset On Close=true" : "");
        });
        await server.StartAsync();
        var address = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var token = DevelopmentTokens.Mint(new DevelopmentTokenRequest(signingKey, tenant, [ApiRoles.Read]), TimeProvider.System);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients }) { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var models = server.Services.GetRequiredService<JourneyModelCache>();
        try
        {
            await FitAllAsync(client, samples);
            await RunPhaseAsync(client, samples, options, TimeSpan.FromSeconds(options.WarmupSeconds), "warm-up");
            var fits = models.Fits;
            var errors = await RunPhaseAsync(client, samples, options, TimeSpan.FromSeconds(options.Seconds), "measured");
            Console.WriteLine($"  models fitted while measuring: {models.Fits - fits}");
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            await server.StopAsync();
        }
    }

    /// <summary>One first page per (range, window) of the workload, one after another: each fits its model.</summary>
    private static async Task FitAllAsync(HttpClient client, JourneySamples samples)
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        foreach (var path in LatencyWorkload.Bases(samples))
        {
            var started = clock.Elapsed;
            using var response = await client.GetAsync(new Uri(path + "&limit=50", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first request (fits the model) {(clock.Elapsed - started).TotalMilliseconds,7:F0} ms  {path}"));
            count++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count} models fitted in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static async Task<long> RunPhaseAsync(HttpClient client, JourneySamples samples, JourneysLatencyOptions options, TimeSpan duration, string label)
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

                    stats.Add(elapsed, length);
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

    /// <summary>The tenant's id; vacuums and analyses the journey tables so the planner and index-only scans see the seeded rows.</summary>
    private static async Task<Guid> PrepareAsync(string owner, string slug)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using (var vacuum = new NpgsqlCommand("vacuum (analyze) touchpoints, conversions", connection) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync();
        }

        await using var find = new NpgsqlCommand("select id from tenants where slug = @slug", connection);
        find.Parameters.AddWithValue("slug", slug);
        return (Guid)(await find.ExecuteScalarAsync())!;
    }

    private static string Setting(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set: eval \"$(scripts/services.sh env)\" first.");
}
