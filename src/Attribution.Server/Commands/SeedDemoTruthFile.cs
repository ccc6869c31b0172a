using System.Text.Json;
using System.Text.Json.Nodes;
using Attribution.Api.Demo.Seeding;
using Attribution.Api.Demo.Truth;
using Attribution.Api.Tenancy;

namespace Attribution.Server.Commands;

/// <summary>The truth JSON next to the data: <c>.local/demo/&lt;tenant&gt;-truth.json</c> in the repository the command runs from.</summary>
internal static class SeedDemoTruthFile
{
    /// <summary>The default path when the working directory is inside the repository (the folder holding AttributionFunctions.sln), else null.</summary>
    public static string? DefaultPath(string tenant)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttributionFunctions.sln")))
            {
                return Path.Combine(dir.FullName, ".local", "demo", tenant + "-truth.json");
            }
        }

        return null;
    }

    /// <summary>Writes the truth (indented) and returns a summary suffix naming the file.</summary>
    public static async Task<string> WriteAsync(DemoTruth truth, string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return "";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, truth, DemoTruthJson.Indented, cancellationToken);
        return "; truth: " + path;
    }

    /// <summary>For an already seeded tenant: writes the stored truth when the file is missing (a fresh checkout on an old database).</summary>
    public static async Task<string> ExportIfMissingAsync(TenantSession session, string? path, CancellationToken cancellationToken)
    {
        if (path is null || File.Exists(path) || await DemoSeeder.ReadTruthJsonAsync(session, cancellationToken) is not { } json)
        {
            return "";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonNode.Parse(json)!.ToJsonString(DemoTruthJson.Indented), cancellationToken);
        return "; truth: " + path;
    }
}
