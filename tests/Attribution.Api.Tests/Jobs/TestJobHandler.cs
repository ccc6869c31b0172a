using System.Text.Json;
using Attribution.Api.Jobs;

namespace Attribution.Api.Tests.Jobs;

/// <summary>A job kind of its own per test (runners and claims only see their kinds), never run by these tests.</summary>
internal sealed class TestJobHandler(int maxAttempts = 3) : IJobHandler
{
    public string Kind { get; } = "test." + Guid.NewGuid().ToString("N");

    public int MaxAttempts => maxAttempts;

    public Task<JsonElement?> RunAsync(JobContext context) => throw new InvalidOperationException("Store tests do not run handlers.");
}
