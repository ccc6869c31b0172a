using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Attribution.Api;
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
            + $"{(options.NoResetOnClose ? " (No Reset On Close)" : "")}, page cache {(options.NoPageCache ? "off" : "on")}, {Environment.ProcessorCount} cores"));

        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var server = ServerApp.Build(["--urls", "http://127.0.0.1:0"], configure: builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration[AuthSettings.DevelopmentSigningKey] = signingKey;
            builder.Configuration[ApiSettings.JourneyPageCacheMegabytes] = options.NoPageCache ? "0" : null;
            builder.Configuration["ConnectionStrings:Postgres"] =
                app + $";Maximum Pool Size={options.PoolSize}" + (options.NoResetOnClose ? ";No Reset On Close=true" : "");
        });
        await server.StartAsync();
        var address = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var token = DevelopmentTokens.Mint(new DevelopmentTokenRequest(signingKey, tenant, [ApiRoles.Read]), TimeProvider.System);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients }) { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var models = server.Services.GetRequiredService<JourneyModelCache>();
        var pages = server.Services.GetRequiredService<JourneyPageCache>();
        try
        {
            await FitAllAsync(client, samples);
            await LatencyPhase.RunAsync(client, samples, options, TimeSpan.FromSeconds(options.WarmupSeconds), "warm-up");
            var (fits, hits, misses) = (models.Fits, pages.Hits, pages.Misses);
            var errors = await LatencyPhase.RunAsync(client, samples, options, TimeSpan.FromSeconds(options.Seconds), "measured");
            (hits, misses) = (pages.Hits - hits, pages.Misses - misses);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  models fitted while measuring: {models.Fits - fits}; pages served from the page cache: {hits} of {hits + misses} ({100.0 * hits / Math.Max(1, hits + misses):F1}%)"));
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
