using Attribution.Analytics.Journeys;

namespace Attribution.Benchmarks.Journeys;

/// <summary>
/// Seeded synthetic journeys: channels with skewed popularity (weight 1/(rank+1)), each next touch repeats the previous
/// channel with probability 0.3, converting journeys have 1-11 touches (uniform, mean 6) spread over the 30 days before a
/// conversion in a 90-day range, revenue 20-520; non-converting paths have 1-6 touches.
/// </summary>
internal sealed class JourneyGenerator(int seed, int channels)
{
    private static readonly DateTimeOffset Origin = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Random _random = new(seed);
    private readonly string[] _names = [.. Enumerable.Range(0, channels).Select(c => c == 0 ? "direct" : $"channel_{c:D3}")];
    private readonly double[] _cumulative = Cumulative(channels);

    public Journey[] Journeys(int count)
    {
        var journeys = new Journey[count];
        for (var j = 0; j < count; j++)
        {
            var converted = Origin.AddMinutes(_random.Next(90 * 24 * 60));
            var n = 1 + _random.Next(11);
            var ages = new int[n];
            for (var i = 0; i < n; i++)
            {
                ages[i] = _random.Next(30 * 24 * 60);
            }

            Array.Sort(ages);
            var path = Path(n);
            var touches = new Touch[n];
            for (var i = 0; i < n; i++)
            {
                touches[i] = new Touch(path[i], converted.AddMinutes(-ages[n - 1 - i]));
            }

            journeys[j] = new Journey(touches, converted, 20 + Math.Round(_random.NextDouble() * 500, 2));
        }

        return journeys;
    }

    public IReadOnlyList<string>[] NonConverting(int count)
    {
        var paths = new IReadOnlyList<string>[count];
        for (var p = 0; p < count; p++)
        {
            paths[p] = Path(1 + _random.Next(6));
        }

        return paths;
    }

    public ChannelPath[] Aggregated(int count) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            var conversions = _random.Next(3);
            return new ChannelPath(Path(1 + _random.Next(8)), conversions, conversions * 50.0, _random.Next(5));
        })];

    private string[] Path(int n)
    {
        var path = new string[n];
        for (var i = 0; i < n; i++)
        {
            path[i] = i > 0 && _random.NextDouble() < 0.3 ? path[i - 1] : _names[Pick()];
        }

        return path;
    }

    private int Pick()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble() * _cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    private static double[] Cumulative(int channels)
    {
        var cumulative = new double[channels];
        var sum = 0.0;
        for (var c = 0; c < channels; c++)
        {
            sum += 1.0 / (c + 1);
            cumulative[c] = sum;
        }

        return cumulative;
    }
}
