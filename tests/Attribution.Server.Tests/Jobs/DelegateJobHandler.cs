using System.Text.Json;
using Attribution.Api.Jobs;

namespace Attribution.Server.Tests.Jobs;

/// <summary>A test job kind whose work is a delegate; each test uses kinds of its own, so runners of parallel tests never take its jobs.</summary>
internal sealed class DelegateJobHandler(string kind, Func<JobContext, Task<JsonElement?>> run, int maxAttempts = 3) : IJobHandler
{
    public string Kind => kind;

    public int MaxAttempts => maxAttempts;

    public Task<JsonElement?> RunAsync(JobContext context) => run(context);

    public static string NewKind(string name) => $"test.{name}.{Guid.NewGuid():N}";
}
