using System.Net;
using System.Text;
using System.Text.Json;
using Attribution.Api.Tenancy;
using Attribution.Server.Commands;
using Attribution.Server.Jobs;
using Attribution.Server.Tests.Demo;
using Microsoft.Extensions.Configuration;

namespace Attribution.Server.Tests.Mmm;

/// <summary>
/// A demo tenant seeded by the real <c>seed-demo</c> (730 days ending 2026-11-23, a fixed day, about 30,000 conversions; five paid
/// channels with known adstock and Hill curves, truth in the truth file) and a Server whose job runner polls every 50 ms.
/// </summary>
public sealed class MmmServer : IAsyncLifetime
{
    public static readonly string[] PaidChannels = ["paid_search", "paid_social", "display", "video", "affiliate"];

    /// <summary>Seeding runs "on" a fixed day, so the generated data (and every seeded fit on it) is the same whenever the tests run.</summary>
    private static readonly FixedTimeProvider SeedClock = new(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));

    private readonly string _truthFile = Path.Combine(Path.GetTempPath(), "mmm-demo-" + Guid.NewGuid().ToString("N") + ".json");
    private TestServer? _server;

    internal TestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    internal Guid Tenant { get; private set; }

    /// <summary>The seeded truth (<c>DemoTruth</c> as JSON).</summary>
    internal JsonElement Truth { get; private set; }

    public async Task InitializeAsync()
    {
        var slug = "mmm-" + Guid.NewGuid().ToString("N")[..12];
        var output = new StringWriter();
        var exit = await SeedDemoCommand.RunAsync(
            ["--tenant", slug, "--days", "730", "--conversions", "30000", "--truth-file", _truthFile],
            new ConfigurationBuilder().AddEnvironmentVariables().Build(), SeedClock, output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
        Tenant = (await DemoDatabase.TenantIdAsync(slug))!.Value;
        Truth = JsonSerializer.Deserialize<JsonElement>(await File.ReadAllTextAsync(_truthFile));
        _server = await TestServer.StartAsync(configure: builder => builder.Configuration[JobRunnerSettings.PollMilliseconds] = "50");
    }

    public async Task DisposeAsync()
    {
        File.Delete(_truthFile);
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    internal async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null, Guid? tenant = null)
    {
        using var request = TestServer.Request(method, path, tenant ?? Tenant, ApiRoles.Read, ApiRoles.Write);
        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }

    /// <summary>
    /// Polls the job until it completes or fails (at most <paramref name="timeout"/>); returns its last status and the
    /// progress messages seen while it ran.
    /// </summary>
    internal async Task<(JsonElement Job, List<string> Progress)> WaitForJobAsync(string statusUri, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var progress = new List<string>();
        while (true)
        {
            var (status, job) = await SendAsync(HttpMethod.Get, statusUri);
            Assert.Equal(HttpStatusCode.OK, status);
            var state = job.GetProperty("status").GetString();
            if (state is "completed" or "failed" or "cancelled" || clock.Elapsed > timeout)
            {
                return (job, progress);
            }

            if (job.GetProperty("progress").ValueKind == JsonValueKind.Object)
            {
                progress.Add(job.GetProperty("progress").GetProperty("message").GetString() ?? "");
            }

            await Task.Delay(200);
        }
    }
}
