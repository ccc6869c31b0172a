using System.Text.RegularExpressions;

namespace Attribution.Server.Tests.Hosting;

/// <summary>
/// Reads HTTP routes out of Azure Functions C# sources: every
/// <c>[HttpTrigger(AuthorizationLevel.X, "get", ..., Route = "template")]</c> gives one <c>METHOD template</c> per method.
/// </summary>
internal static partial class FunctionsRouteScanner
{
    public static IReadOnlyList<string> Scan(string source) =>
    [
        .. Trigger().Matches(source).SelectMany(match =>
            Method().Matches(match.Groups["methods"].Value).Select(m => $"{m.Groups[1].Value.ToUpperInvariant()} {match.Groups["route"].Value}")),
    ];

    public static IReadOnlyList<string> ScanDirectory(string directory) =>
    [
        .. Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Scan(File.ReadAllText(f))),
    ];

    /// <summary>Differences between the route table and the Functions routes, one readable line each (empty when in step).</summary>
    public static IReadOnlyList<string> Compare(IEnumerable<string> table, IEnumerable<string> functions)
    {
        var (tableSet, functionSet) = (table.ToHashSet(StringComparer.Ordinal), functions.ToList());
        var duplicates = functionSet.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"declared twice in Functions: {g.Key}");
        var missing = tableSet.Except(functionSet, StringComparer.Ordinal).Select(r => $"missing in Functions: {r}");
        var extra = functionSet.Distinct(StringComparer.Ordinal).Except(tableSet, StringComparer.Ordinal).Select(r => $"not in the route table: {r}");
        return [.. missing.Concat(extra).Concat(duplicates).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("""HttpTrigger\s*\(\s*AuthorizationLevel\.\w+\s*,(?<methods>(?:\s*"[A-Za-z]+"\s*,)+)\s*Route\s*=\s*"(?<route>[^"]*)"\s*\)""")]
    private static partial Regex Trigger();

    [GeneratedRegex("\"([A-Za-z]+)\"")]
    private static partial Regex Method();
}
