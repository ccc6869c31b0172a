using Attribution.Analytics.Journeys;

namespace Attribution.Analytics.Tests.Journeys;

/// <summary>
/// An independent reference for the Markov chain: states are strings (the last <c>k</c> channels of the collapsed path
/// joined by '|'), transition probabilities are counted naively, and absorption probabilities come from value iteration
/// (<c>v(s) = sum_t p(s, t) v(t)</c>, <c>v(conversion) = 1</c>, <c>v(null) = 0</c>, iterated from 0 until no value changes
/// by more than 1e-15). Removing a channel makes every state containing it absorb into null.
/// </summary>
internal static class BruteForceChain
{
    private const string Start = "(start)";
    private const string Conversion = "(conversion)";
    private const string Null = "(null)";

    public static (double Probability, Dictionary<string, double> RemovalEffects) Solve(IEnumerable<ChannelPath> paths, int order)
    {
        var counts = new Dictionary<string, Dictionary<string, double>>();
        foreach (var path in paths)
        {
            var weight = path.Conversions + path.Nulls;
            if (weight == 0)
            {
                continue;
            }

            var collapsed = path.Channels.Where((c, i) => i == 0 || path.Channels[i - 1] != c).ToList();
            var state = Start;
            for (var i = 0; i < collapsed.Count; i++)
            {
                var next = string.Join('|', collapsed.Skip(Math.Max(0, i + 1 - order)).Take(Math.Min(order, i + 1)));
                Count(counts, state, next, weight);
                state = next;
            }

            Count(counts, state, Conversion, path.Conversions);
            Count(counts, state, Null, path.Nulls);
        }

        var probability = Absorb(counts, _ => false);
        var channels = counts.Keys.Concat(counts.Values.SelectMany(v => v.Keys))
            .Where(s => !s.StartsWith('('))
            .SelectMany(s => s.Split('|'))
            .Distinct();
        var effects = channels.ToDictionary(
            c => c,
            c => probability == 0 ? 0 : 1 - (Absorb(counts, s => s.Split('|').Contains(c)) / probability));
        return (probability, effects);
    }

    private static void Count(Dictionary<string, Dictionary<string, double>> counts, string from, string to, double weight)
    {
        if (!counts.TryGetValue(from, out var row))
        {
            counts[from] = row = [];
        }

        row[to] = row.GetValueOrDefault(to) + weight;
    }

    private static double Absorb(Dictionary<string, Dictionary<string, double>> counts, Func<string, bool> removed)
    {
        var values = counts.Keys.ToDictionary(s => s, _ => 0.0);
        values[Conversion] = 1;
        values[Null] = 0;
        for (var iteration = 0; iteration < 1_000_000; iteration++)
        {
            var change = 0.0;
            foreach (var (state, row) in counts)
            {
                if (state != Start && removed(state))
                {
                    continue;
                }

                var total = row.Values.Sum();
                var value = row.Sum(t => t.Value / total * (removed(t.Key) && !t.Key.StartsWith('(') ? 0 : values.GetValueOrDefault(t.Key)));
                change = Math.Max(change, Math.Abs(value - values[state]));
                values[state] = value;
            }

            if (change <= 1e-15)
            {
                break;
            }
        }

        return values.GetValueOrDefault(Start);
    }
}
