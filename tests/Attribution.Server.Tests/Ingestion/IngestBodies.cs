using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Attribution.Server.Tests.Ingestion;

/// <summary>Builds ingestion bodies in each format from the same rows (field name to value; null or missing = absent).</summary>
internal static class IngestBodies
{
    public static readonly string[] Formats = ["json", "ndjson", "csv"];

    public static string ContentType(string format) => format switch
    {
        "json" => "application/json",
        "ndjson" => "application/x-ndjson",
        "csv" => "text/csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Build(string format, IReadOnlyList<Dictionary<string, object?>> rows) => format switch
    {
        "json" => JsonSerializer.Serialize(rows),
        "ndjson" => string.Concat(rows.Select(r => JsonSerializer.Serialize(r) + "\n")),
        "csv" => Csv(rows),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static string Csv(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var columns = rows.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder();
        csv.Append(string.Join(',', columns)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', columns.Select(c => Cell(row.GetValueOrDefault(c))))).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
