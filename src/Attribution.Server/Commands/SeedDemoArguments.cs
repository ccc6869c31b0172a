using System.Globalization;

namespace Attribution.Server.Commands;

/// <summary>
/// The options of <c>seed-demo</c>. Without <c>--conversions</c> the volume follows the days: 100,000 per 730 days.
/// </summary>
internal sealed record SeedDemoArguments(string Tenant, bool Force, int Days, long Seed, int? Conversions, string? TruthFile)
{
    public const string Usage =
        "usage: seed-demo [--tenant acme] [--force] [--days 730] [--seed 42] [--conversions N] [--truth-file PATH]";

    public int TargetConversions => Conversions ?? (int)Math.Round(100_000.0 * Days / 730);

    /// <summary>The parsed arguments, or null with the reason in <paramref name="error"/>.</summary>
    public static SeedDemoArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var result = new SeedDemoArguments("acme", false, 730, 42, null, null);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--force")
            {
                result = result with { Force = true };
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : null;
            SeedDemoArguments? next = (name, value) switch
            {
                ("--tenant", { Length: > 0 }) => result with { Tenant = value },
                ("--days", _) when int.TryParse(value, CultureInfo.InvariantCulture, out var days) => result with { Days = days },
                ("--seed", _) when long.TryParse(value, CultureInfo.InvariantCulture, out var seed) => result with { Seed = seed },
                ("--conversions", _) when int.TryParse(value, CultureInfo.InvariantCulture, out var n) => result with { Conversions = n },
                ("--truth-file", { Length: > 0 }) => result with { TruthFile = value },
                _ => null,
            };
            if (next is null)
            {
                error = value is null ? $"unexpected argument '{name}'" : $"bad argument '{name} {value}'";
                return null;
            }

            result = next;
        }

        error = null;
        return result;
    }
}
