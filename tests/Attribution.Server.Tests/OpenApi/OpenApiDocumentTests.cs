using System.Diagnostics;
using System.Net;

namespace Attribution.Server.Tests.OpenApi;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task GetOpenApi_ServedDocument_PassesTheValidatorAndGeneratedTypeScriptCompiles()
    {
        await using var server = await TestServer.StartAsync();
        var response = await server.Client.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var work = Directory.CreateTempSubdirectory("openapi-check-");
        var file = Path.Combine(work.FullName, "openapi.json");
        await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());

        var (exitCode, output) = await RunNodeAsync(Path.Combine(RepoPaths.Root, "scripts", "openapi-check.mjs"), file, work.FullName);

        Assert.True(exitCode == 0, output);
        Assert.Contains("generated TypeScript compiles", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.Root, "node_modules", "openapi-typescript")))
        {
            throw new InvalidOperationException("node_modules is missing: run 'npm ci' (scripts/test.sh does).");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
