using System.Globalization;

namespace Attribution.Benchmarks.Ingestion;

/// <summary>Options of the <c>ingest</c> command.</summary>
internal sealed record IngestOptions(int Rows, string Format, int BatchRows, int InFlight, int Seed, bool Keep)
{
    public const string Usage =
        "usage: ingest [--rows 1000000] [--format ndjson|csv|json] [--batch 100000] [--in-flight 2] [--seed 42] [--keep]";

    public static IngestOptions Parse(string[] args)
    {
        var options = new IngestOptions(1_000_000, "ndjson", 100_000, 2, 42, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--rows" => options with { Rows = Int(args, ++i) },
                "--format" => options with { Format = Value(args, ++i) is "ndjson" or "csv" or "json" ? args[i] : throw new ArgumentException(Usage) },
                "--batch" => options with { BatchRows = Int(args, ++i) },
                "--in-flight" => options with { InFlight = Int(args, ++i) },
                "--seed" => options with { Seed = Int(args, ++i) },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException(Usage),
            };
        }

        return options;
    }

    private static string Value(string[] args, int i) => i < args.Length ? args[i] : throw new ArgumentException(Usage);

    private static int Int(string[] args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new ArgumentException(Usage);
}
