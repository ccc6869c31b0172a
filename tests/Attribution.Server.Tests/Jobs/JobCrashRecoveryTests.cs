using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace Attribution.Server.Tests.Jobs;

/// <summary>
/// Issue 3 acceptance: a job whose process dies mid-run is picked up again and completes exactly once. The first run
/// happens in a separate OS process (a real Server) that is killed with SIGKILL while it holds the job.
/// </summary>
public sealed class JobCrashRecoveryTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Runner_ProcessKilledMidRun_AnotherRunnerResumesTheJobAndCompletesItExactlyOnce()
    {
        await JobTestData.MigrateAsync();
        var rescuerRuns = 0;
        var handler = new DelegateJobHandler(DelegateJobHandler.NewKind("crash"), async context =>
        {
            Interlocked.Increment(ref rescuerRuns);
            await context.RunInTenantAsync((session, ct) => JobTestData.WriteEffectAsync(session, context.JobId, "rescuer", ct));
            await context.ReportProgressAsync(2, 2, "resumed and finished");
            return JsonSerializer.SerializeToElement(new { attempt = context.Attempt });
        });
        var (tenant, _) = await TestTenants.CreateAsync();
        var jobId = (await JobTestData.StartAsync(tenant, handler))[0];

        var output = new ConcurrentQueue<string>();
        using (var child = StartChild(handler.Kind, output, out var lines))
        {
            try
            {
                await WaitForLineAsync(lines, JobCrashHost.ClaimedLine(jobId, 1), output);
                var (status, attempts, owner) = await JobTestData.ReadAsync(tenant, jobId);
                Assert.Equal(("running", 1), (status, attempts));
                Assert.Contains($"/{child.Id}/", owner, StringComparison.Ordinal);

                child.Kill();
                await child.WaitForExitAsync().WaitAsync(Timeout);
            }
            finally
            {
                if (!child.HasExited)
                {
                    child.Kill(entireProcessTree: true);
                }
            }
        }

        Assert.Single(output, line => line.StartsWith("claimed ", StringComparison.Ordinal));
        Assert.Equal(("running", 1), await RunningAsync(tenant, jobId));

        // The rescuer keeps the default 30 s lease: its own run must not lose the job to a heartbeat delayed by a busy machine
        // (the dead child's 2 s lease is what has to expire).
        await using var rescuer = await JobServers.StartAsync([handler]);
        var uri = $"/api/admin/attribution/jobs/{jobId}";
        var completed = await Eventually.WaitAsync(() => JobsRouteTests.GetAsync(rescuer, uri, tenant), job => JobsRouteTests.Status(job) == "completed", Timeout, "completed by the rescuer");

        Assert.Equal(1, rescuerRuns);
        Assert.Equal(("completed", 2, null), await JobTestData.ReadAsync(tenant, jobId));
        Assert.Equal([(jobId, "rescuer")], await JobTestData.EffectsAsync(tenant, [jobId]));
        Assert.Equal("resumed and finished", completed.GetProperty("progress").GetProperty("message").GetString());

        await Task.Delay(500);
        var later = await JobsRouteTests.GetAsync(rescuer, uri, tenant);
        Assert.Equal(completed.GetProperty("completedAt").GetString(), later.GetProperty("completedAt").GetString());
        Assert.Equal(1, rescuerRuns);
    }

    private static async Task<(string Status, int Attempts)> RunningAsync(Guid tenant, Guid jobId)
    {
        var (status, attempts, _) = await JobTestData.ReadAsync(tenant, jobId);
        return (status, attempts);
    }

    /// <summary>Starts this test assembly as a Server process holding jobs of <paramref name="kind"/> (see <see cref="JobCrashHost"/>).</summary>
    private static Process StartChild(string kind, ConcurrentQueue<string> output, out ChannelReader<string> lines)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(JobCrashHost).Assembly.Location);
        start.ArgumentList.Add(JobCrashHost.Command);
        start.ArgumentList.Add(kind);
        var channel = Channel.CreateUnbounded<string>();
        var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is { } line)
            {
                output.Enqueue(line);
                channel.Writer.TryWrite(line);
            }
        };
        process.OutputDataReceived += collect;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                channel.Writer.TryComplete();
            }
        };
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lines = channel.Reader;
        return process;
    }

    private static async Task WaitForLineAsync(ChannelReader<string> lines, string expected, ConcurrentQueue<string> output)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (await lines.ReadAsync(timeout.Token) != expected)
            {
            }
        }
        catch (Exception error) when (error is OperationCanceledException or ChannelClosedException)
        {
            Assert.Fail($"The child Server never said '{expected}'. Its output:\n{string.Join('\n', output)}");
        }
    }
}
