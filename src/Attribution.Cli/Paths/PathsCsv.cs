using System.Globalization;
using Attribution.Analytics.Journeys;
using CsvHelper;

namespace Attribution.Cli.Paths;

/// <summary>
/// Reads the ChannelAttribution CSV layout: a header with <c>path</c> (channels joined by <c>&gt;</c>, spaces around
/// names trimmed), <c>total_conversions</c>, <c>total_conversion_value</c> and optionally <c>total_null</c> (column names
/// case-insensitive, any order, extra columns ignored). Counts are invariant-culture numbers, finite and non-negative.
/// Rows with the same channel sequence are summed into one path, in order of first appearance.
/// </summary>
internal static class PathsCsv
{
    private static readonly string[] Required = ["path", "total_conversions", "total_conversion_value"];

    public static IReadOnlyList<ChannelPath> Read(TextReader input, char separator)
    {
        var options = new CsvReaderOptions { Separator = separator, HasHeader = true, TrackLineNumbers = true };
        using var csv = CsvReader.Create(input, options, leaveOpen: true);
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.Count == 0 || header is [""])
        {
            throw new CliInputException("the input is empty (expected a header: path;total_conversions;total_conversion_value[;total_null])");
        }

        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new CliInputException($"missing column(s) {string.Join(", ", missing)} (found: {string.Join(", ", header)}; separator '{separator}')");
        }

        var nullColumn = header.IndexOf("total_null");
        var paths = new Dictionary<string, (string[] Channels, double Conversions, double Value, double Nulls)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var channels = Channels(csv.GetString(header.IndexOf("path")), line);
            var conversions = Number(csv, header.IndexOf("total_conversions"), "total_conversions", line);
            var value = Number(csv, header.IndexOf("total_conversion_value"), "total_conversion_value", line);
            var nulls = nullColumn < 0 ? 0 : Number(csv, nullColumn, "total_null", line);
            var key = string.Join('>', channels);
            var sum = paths.GetValueOrDefault(key, (channels, 0, 0, 0));
            paths[key] = (channels, sum.Conversions + conversions, sum.Value + value, sum.Nulls + nulls);
        }

        return [.. paths.Values.Select(p => new ChannelPath(p.Channels, p.Conversions, p.Value, p.Nulls))];
    }

    private static string[] Channels(string? path, int line)
    {
        var channels = (path ?? "").Split('>').Select(c => c.Trim()).ToArray();
        return channels.Any(c => c.Length == 0)
            ? throw new CliInputException($"line {line}: path '{path}' has an empty channel name")
            : channels;
    }

    private static double Number(CsvReader csv, int column, string name, int line)
    {
        var text = csv.GetString(column).Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new CliInputException($"line {line}: {name} '{text}' is not a number");
        }

        return value < 0 ? throw new CliInputException($"line {line}: {name} must not be negative ({text})") : value;
    }
}
