namespace Attribution.Analytics.Journeys;

/// <summary>
/// Touchpoint counts and times from first touch to conversion of a batch: averages, medians (the mean of the two middle
/// values for an even count), the path length distribution and the time lag buckets of <see cref="TimeLagCount"/>.
/// </summary>
internal static class PathStatistics
{
    private static readonly (string Label, double UpperDays)[] LagBuckets =
    [
        ("0-1d", 1), ("1-2d", 2), ("2-3d", 3), ("3-4d", 4), ("4-5d", 5), ("5-6d", 6), ("6-7d", 7),
        ("7-14d", 14), ("14-21d", 21), ("21-30d", 30), ("30-60d", 60), ("60-90d", 90), ("90d+", double.PositiveInfinity),
    ];

    public static (double Average, double Median, PathLengthCount[] Distribution) Lengths(JourneyBatch batch)
    {
        var counts = new SortedDictionary<int, int>();
        for (var j = 0; j < batch.Count; j++)
        {
            var n = batch.Offsets[j + 1] - batch.Offsets[j];
            counts[n] = counts.GetValueOrDefault(n) + 1;
        }

        var average = batch.Count == 0 ? 0 : batch.Offsets[^1] / (double)batch.Count;
        var distribution = counts.Select(c => new PathLengthCount(c.Key, c.Value)).ToArray();
        return (average, MedianOfCounts(distribution, batch.Count), distribution);
    }

    public static (double Average, double Median, TimeLagCount[] Distribution) Lags(JourneyBatch batch)
    {
        var hours = new double[batch.Count];
        var buckets = new int[LagBuckets.Length];
        var sum = 0.0;
        for (var j = 0; j < batch.Count; j++)
        {
            var first = batch.Offsets[j];
            var days = first == batch.Offsets[j + 1] ? 0 : Math.Max(0, batch.AgeDays[first]);
            hours[j] = days * 24;
            sum += hours[j];
            var b = 0;
            while (days >= LagBuckets[b].UpperDays)
            {
                b++;
            }

            buckets[b]++;
        }

        Array.Sort(hours);
        var median = hours.Length == 0 ? 0 : (hours[(hours.Length - 1) / 2] + hours[hours.Length / 2]) / 2;
        var distribution = LagBuckets.Select((b, i) => new TimeLagCount(b.Label, buckets[i])).ToArray();
        return (hours.Length == 0 ? 0 : sum / hours.Length, median, distribution);
    }

    private static double MedianOfCounts(PathLengthCount[] distribution, int total)
    {
        if (total == 0)
        {
            return 0;
        }

        return (Nth(distribution, (total - 1) / 2) + Nth(distribution, total / 2)) / 2.0;
    }

    private static int Nth(PathLengthCount[] distribution, int rank)
    {
        var seen = 0;
        foreach (var (touchpoints, conversions) in distribution)
        {
            seen += conversions;
            if (rank < seen)
            {
                return touchpoints;
            }
        }

        return distribution[^1].Touchpoints;
    }
}
