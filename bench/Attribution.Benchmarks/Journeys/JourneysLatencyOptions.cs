using System.Globalization;

namespace Attribution.Benchmarks.Journeys;

/// <summary>Options of the <c>journeys-latency</c> command.</summary>
internal sealed record JourneysLatencyOptions(
    string Tenant, int Conversions, int Clients, int WarmupSeconds, int Seconds, int PoolSize, int Seed, bool NoResetOnClose, bool NoPageCache)
{
    public const string Usage =
        "usage: journeys-latency [--tenant bench-journeys] [--conversions 120000] [--clients 50] [--warmup 15] [--seconds 30] [--pool 32] [--seed 42] [--no-reset-on-close] [--no-page-cache]";

    public static JourneysLatencyOptions Parse(string[] args)
    {
        var options = new JourneysLatencyOptions("bench-journeys", 120_000, 50, 15, 30, 32, 42, false, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--tenant" => options with { Tenant = Value(args, ++i) },
                "--conversions" => options with { Conversions = Int(args, ++i) },
                "--clients" => options with { Clients = Int(args, ++i) },
                "--warmup" => options with { WarmupSeconds = Int(args, ++i) },
                "--seconds" => options with { Seconds = Int(args, ++i) },
                "--pool" => options with { PoolSize = Int(args, ++i) },
                "--seed" => options with { Seed = Int(args, ++i) },
                "--no-reset-on-close" => options with { NoResetOnClose = true },
                "--no-page-cache" => options with { NoPageCache = true },
                _ => throw new ArgumentException(Usage),
            };
        }

        return options;
    }

    private static string Value(string[] args, int i) => i < args.Length ? args[i] : throw new ArgumentException(Usage);

    private static int Int(string[] args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new ArgumentException(Usage);
}
