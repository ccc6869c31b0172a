using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;
using Attribution.Server;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Attribution.Benchmarks.Ingestion;

/// <summary>
/// Ingestion throughput through the HTTP route: starts the real Server in-process on 127.0.0.1 against the local
/// services (connection strings from the environment, as <c>scripts/services.sh env</c> prints them), creates a tenant,
/// POSTs seeded touchpoints in batches with a few requests in flight, and prints rows per second. Then replays the
/// same bodies (every row unchanged) and deletes the tenant's rows unless <c>--keep</c>.
/// </summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        IngestOptions options;
        try
        {
            options = IngestOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }

        var owner = Environment.GetEnvironmentVariable("ConnectionStrings__PostgresOwner")
            ?? throw new InvalidOperationException("ConnectionStrings__PostgresOwner is not set: eval \"$(scripts/services.sh env)\" first.");
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var phases = new PhaseRecorder();
        await using var app = ServerApp.Build(["--urls", "http://127.0.0.1:0"], configure: builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter<PhaseRecorder>(PhaseRecorder.Category, LogLevel.Information);
            builder.Logging.AddProvider(phases);
            builder.Configuration[AuthSettings.DevelopmentSigningKey] = signingKey;
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var tenant = await BenchTenant.CreateAsync(owner);
        try
        {
            var token = DevelopmentTokens.Mint(new DevelopmentTokenRequest(signingKey, tenant, [ApiRoles.Write]), TimeProvider.System);
            var bodies = new TouchpointGenerator(options.Seed).Bodies(options.Rows, options.BatchRows, options.Format);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest touchpoints: {options.Rows} rows as {options.Format}, {bodies.Count} requests of up to {options.BatchRows} rows ({bodies.Sum(b => (long)b.Length) / 1_048_576.0:F0} MiB), {options.InFlight} in flight, {Environment.ProcessorCount} cores"));
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
            await SendAllAsync(client, token, bodies, options, "first load", phases);
            await SendAllAsync(client, token, bodies, options, "replay (all unchanged)", phases);
        }
        finally
        {
            if (!options.Keep)
            {
                await BenchTenant.DeleteAsync(owner, tenant);
            }

            await app.StopAsync();
        }

        return 0;
    }

    private static async Task SendAllAsync(HttpClient client, string token, List<byte[]> bodies, IngestOptions options, string label, PhaseRecorder phases)
    {
        long received = 0, inserted = 0, updated = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = options.InFlight }, async (body, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/attribution/ingest/touchpoints") { Content = new ByteArrayContent(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(options.Format switch { "csv" => "text/csv", "json" => "application/json", _ => "application/x-ndjson" });
            using var response = await client.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {text}");
            }

            using var result = JsonDocument.Parse(text);
            Interlocked.Add(ref received, result.RootElement.GetProperty("received").GetInt64());
            Interlocked.Add(ref inserted, result.RootElement.GetProperty("inserted").GetInt64());
            Interlocked.Add(ref updated, result.RootElement.GetProperty("updated").GetInt64());
        });
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label}: {received} received, {inserted} inserted, {updated} updated in {seconds:F2} s = {received / seconds:N0} rows/s"));
        var (requests, stream, upsert) = phases.TakeTotals();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    server, summed over {requests} requests: streaming (parse, validate, COPY to staging) {stream:F2} s, upsert {upsert:F2} s"));
    }
}
