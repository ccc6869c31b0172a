namespace Attribution.Analytics.Journeys;

/// <summary>
/// Path analysis of converting journeys: totals, touchpoint and time-to-conversion statistics (from the first touch),
/// the top paths, per-channel credits under the seven models (sums of the per-journey credits of
/// <see cref="JourneyAttribution"/>, so per model the channels sum to the total conversions and revenue), assisted
/// conversions, and the data-driven chain fitted with <see cref="MarkovAttribution"/> on the converting journeys (one
/// conversion each) and the non-converting paths (one null each). A journey without touches counts 0 touchpoints, lag 0,
/// an empty top path, a direct touch for the chain, and credits the direct channel in every model.
/// </summary>
/// <remarks>
/// Report shapes follow Google Analytics' conversion paths, path length, time lag and assisted conversions reports;
/// models as cited on <see cref="JourneyAttribution"/> and <see cref="MarkovAttribution"/>. The computation flattens
/// the journeys to channel indexes and runs two passes (counting, then crediting), each in one slice per core.
/// </remarks>
public static class PathAnalysis
{
    public static PathAnalysisResult Compute(
        IReadOnlyList<Journey> converting,
        IReadOnlyList<IReadOnlyList<string>> nonConvertingPaths,
        AttributionOptions options,
        int top = 10)
    {
        ArgumentNullException.ThrowIfNull(converting);
        ArgumentNullException.ThrowIfNull(nonConvertingPaths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        options.Validate();
        var batch = JourneyBatch.Build(converting, nonConvertingPaths, options.DirectChannel);
        var counter = new MarkovTransitions(batch.Channels, options.MarkovOrder);
        var tally = ParallelTally.Run(
            batch.Count + batch.NullCount,
            () => new PathTally(batch, counter.Empty()),
            (t, i) =>
            {
                if (i < batch.Count)
                {
                    t.AddJourney(i);
                }
                else
                {
                    t.AddNull(i - batch.Count);
                }
            },
            (a, b) => a.Add(b));
        var model = MarkovAttribution.Solve(tally.Transitions);
        var effects = batch.Channels.Select(c => model.RemovalEffects.GetValueOrDefault(c)).ToArray();
        var credits = ParallelTally.Run(
            batch.Count,
            () => new CreditTally(batch, effects, options.TimeDecayHalfLifeDays),
            (t, j) => t.AddJourney(j),
            (a, b) => a.Add(b));
        var (avgTouches, medianTouches, lengths) = PathStatistics.Lengths(batch);
        var (avgHours, medianHours, lags) = PathStatistics.Lags(batch);
        return new PathAnalysisResult(
            batch.Count,
            batch.Revenue.Sum(),
            avgTouches,
            medianTouches,
            avgHours,
            medianHours,
            lengths,
            lags,
            TopPaths(batch, tally, top),
            ChannelCredits(batch, credits.Totals),
            Assisted(batch, tally),
            new DataDrivenSummary(model.Order, model.ConversionProbability, model.RemovalEffects));
    }

    private static TopPath[] TopPaths(JourneyBatch batch, PathTally tally, int top)
    {
        var order = Comparer<PathTotals>.Create((x, y) =>
        {
            var byConversions = y.Conversions.CompareTo(x.Conversions);
            var byRevenue = byConversions != 0 ? byConversions : y.Revenue.CompareTo(x.Revenue);
            return byRevenue != 0 ? byRevenue : ComparePaths(batch, x, y);
        });
        var best = new PriorityQueue<PathTotals, PathTotals>(Comparer<PathTotals>.Create((x, y) => order.Compare(y, x)));
        foreach (var entry in tally.Paths.Entries)
        {
            if (best.Count < top)
            {
                best.Enqueue(entry, entry);
            }
            else if (top > 0 && order.Compare(entry, best.Peek()) < 0)
            {
                best.EnqueueDequeue(entry, entry);
            }
        }

        return [.. best.UnorderedItems.Select(e => e.Element).Order(order).Select(e => new TopPath(
            [.. batch.Touches.AsSpan(e.Start, e.Length).ToArray().Select(c => batch.Channels[c])],
            e.Conversions,
            e.Revenue,
            batch.Count == 0 ? 0 : e.Conversions / (double)batch.Count))];
    }

    private static int ComparePaths(JourneyBatch batch, PathTotals x, PathTotals y)
    {
        var a = batch.Touches.AsSpan(x.Start, x.Length);
        var b = batch.Touches.AsSpan(y.Start, y.Length);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var byName = string.CompareOrdinal(batch.Channels[a[i]], batch.Channels[b[i]]);
            if (byName != 0)
            {
                return byName;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static ChannelCredit[] ChannelCredits(JourneyBatch batch, double[] totals)
    {
        var channels = batch.Channels.Length;
        CreditTotals At(int model, int channel) => new(totals[((model * channels) + channel) * 2], totals[(((model * channels) + channel) * 2) + 1]);
        return [.. Enumerable.Range(0, channels)
            .Select(c => new ChannelCredit(batch.Channels[c], At(0, c), At(1, c), At(2, c), At(3, c), At(4, c), At(5, c), At(6, c)))
            .OrderByDescending(c => c.DataDriven.Revenue)
            .ThenBy(c => c.Channel, StringComparer.Ordinal)];
    }

    private static AssistedChannel[] Assisted(JourneyBatch batch, PathTally tally) =>
        [.. Enumerable.Range(0, batch.Channels.Length)
            .Select(c => new AssistedChannel(
                batch.Channels[c],
                tally.Assisted[c],
                tally.LastTouch[c],
                tally.LastTouch[c] == 0 ? null : tally.Assisted[c] / (double)tally.LastTouch[c]))
            .OrderByDescending(a => a.AssistedConversions)
            .ThenBy(a => a.Channel, StringComparer.Ordinal)];
}
