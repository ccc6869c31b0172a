using Attribution.Server.Tests.Jobs;

namespace Attribution.Server.Tests;

/// <summary>
/// The test assembly's entry point (the test SDK's generated empty one is turned off in the project). xunit never calls
/// it; the crash test starts this assembly as a separate process: <c>dotnet Attribution.Server.Tests.dll job-crash-host &lt;kind&gt;</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [JobCrashHost.Command, var kind])
        {
            await JobCrashHost.RunAsync(kind);
            return 0;
        }

        await Console.Error.WriteLineAsync($"usage: dotnet Attribution.Server.Tests.dll {JobCrashHost.Command} <job kind>");
        return 2;
    }
}
