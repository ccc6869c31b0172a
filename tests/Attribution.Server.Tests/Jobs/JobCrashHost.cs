using Attribution.Api.Jobs;
using Attribution.Api.Tenancy.Auth;
using Attribution.Server.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Attribution.Server.Tests.Jobs;

/// <summary>
/// The crash test's child process: the real Server (<see cref="ServerApp"/>, 2 s leases) with one job kind whose run
/// writes its effect in an open transaction, reports progress, says on stdout that it holds the job, and then blocks
/// until the process is killed (the open transaction dies with it).
/// </summary>
internal static class JobCrashHost
{
    public const string Command = "job-crash-host";

    /// <summary>What the child prints once it holds a job: <c>claimed {jobId} attempt {n}</c>.</summary>
    public static string ClaimedLine(Guid jobId, int attempt) => $"claimed {jobId} attempt {attempt}";

    public static async Task RunAsync(string kind)
    {
        var handler = new DelegateJobHandler(kind, async context =>
        {
            await context.RunInTenantAsync(async (session, ct) =>
            {
                await JobTestData.WriteEffectAsync(session, context.JobId, "child", ct);
                await context.ReportProgressAsync(1, 2, $"held by process {Environment.ProcessId}");
                await Console.Out.WriteLineAsync(ClaimedLine(context.JobId, context.Attempt));
                await Task.Delay(Timeout.Infinite, ct);
            });
            return null;
        });
        var app = ServerApp.Build(["--urls", "http://127.0.0.1:0"], null, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration[AuthSettings.DevelopmentSigningKey] = TestServer.SigningKey;
            builder.Configuration[JobRunnerSettings.LeaseSeconds] = "2";
            builder.Configuration[JobRunnerSettings.PollMilliseconds] = "50";
            builder.Services.AddSingleton<IJobHandler>(handler);
        });
        await app.RunAsync();
    }
}
