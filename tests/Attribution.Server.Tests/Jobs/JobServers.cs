using Attribution.Api.Jobs;
using Attribution.Server.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Server.Tests.Jobs;

/// <summary>A real Server whose runner has the given test job kinds, polling every 50 ms, with the start-a-job test route.</summary>
internal static class JobServers
{
    public static Task<TestServer> StartAsync(IEnumerable<IJobHandler> handlers, IReadOnlyDictionary<string, string>? settings = null) =>
        TestServer.StartAsync(JobTestRoutes.WithStart, builder =>
        {
            builder.Configuration[JobRunnerSettings.PollMilliseconds] = "50";
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.Configuration[key] = value;
            }

            foreach (var handler in handlers)
            {
                builder.Services.AddSingleton(handler);
            }
        });
}
