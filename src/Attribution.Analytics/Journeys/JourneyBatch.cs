namespace Attribution.Analytics.Journeys;

/// <summary>
/// Journeys and non-converting paths flattened for the bulk computations: channel indexes and touch ages (days to the
/// conversion) in contiguous arrays, journey <c>j</c>'s touches at <c>[Offsets[j], Offsets[j + 1])</c>. Channels are
/// indexed in ordinal order of their names (plus the direct channel when a journey has no touches), so the layout does
/// not depend on the number of cores that filled it.
/// </summary>
internal sealed class JourneyBatch
{
    private JourneyBatch(string[] channels, int directIndex, string directChannel, int[] offsets, int[] touches, double[] ageDays, double[] revenue, int[] nullOffsets, int[] nullTouches)
    {
        Channels = channels;
        DirectIndex = directIndex;
        IsDirect = [.. channels.Select(c => string.Equals(c, directChannel, StringComparison.OrdinalIgnoreCase))];
        Offsets = offsets;
        Touches = touches;
        AgeDays = ageDays;
        Revenue = revenue;
        NullOffsets = nullOffsets;
        NullTouches = nullTouches;
    }

    public string[] Channels { get; }

    public bool[] IsDirect { get; }

    /// <summary>The channel credited for journeys without touches (-1 when every journey has touches).</summary>
    public int DirectIndex { get; }

    public int[] Offsets { get; }

    public int[] Touches { get; }

    public double[] AgeDays { get; }

    public double[] Revenue { get; }

    public int[] NullOffsets { get; }

    public int[] NullTouches { get; }

    public int Count => Revenue.Length;

    public int NullCount => NullOffsets.Length - 1;

    public ReadOnlySpan<int> Path(int journey) => Touches.AsSpan(Offsets[journey], Offsets[journey + 1] - Offsets[journey]);

    public ReadOnlySpan<int> NullPath(int path) => NullTouches.AsSpan(NullOffsets[path], NullOffsets[path + 1] - NullOffsets[path]);

    /// <summary>
    /// Flattens in one slice per core: each slice interns channels locally, then the local indexes are rewritten to the
    /// global (ordinal) ones.
    /// </summary>
    public static JourneyBatch Build(IReadOnlyList<Journey> converting, IReadOnlyList<IReadOnlyList<string>> nonConverting, string directChannel)
    {
        var offsets = PrefixSums(converting.Count, j => converting[j].Touches.Count);
        var nullOffsets = PrefixSums(nonConverting.Count, p => nonConverting[p].Count);
        var touches = new int[offsets[^1]];
        var ageDays = new double[offsets[^1]];
        var revenue = new double[converting.Count];
        var nullTouches = new int[nullOffsets[^1]];
        var total = converting.Count + nonConverting.Count;
        var interners = new ChannelInterner[ParallelTally.SliceCount(total)];
        Parallel.For(0, interners.Length, slice =>
        {
            var interner = new ChannelInterner();
            var (from, to) = ParallelTally.Bounds(total, interners.Length, slice);
            for (var i = from; i < to; i++)
            {
                if (i < converting.Count)
                {
                    Fill(converting[i], offsets[i], interner, touches, ageDays);
                    revenue[i] = converting[i].Revenue;
                }
                else
                {
                    var at = nullOffsets[i - converting.Count];
                    foreach (var channel in nonConverting[i - converting.Count])
                    {
                        nullTouches[at++] = interner.Intern(channel);
                    }
                }
            }

            interners[slice] = interner;
        });

        var hasEmpty = Enumerable.Range(0, converting.Count).Any(j => offsets[j] == offsets[j + 1]);
        var names = interners.SelectMany(i => i.Names).Concat(hasEmpty ? [directChannel] : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        Parallel.For(0, interners.Length, slice =>
        {
            var map = interners[slice].Names.Select(n => index[n]).ToArray();
            var (from, to) = ParallelTally.Bounds(total, interners.Length, slice);
            var journeys = (Math.Min(from, converting.Count), Math.Min(to, converting.Count));
            var nulls = (Math.Max(from, converting.Count) - converting.Count, Math.Max(to, converting.Count) - converting.Count);
            Remap(touches.AsSpan(offsets[journeys.Item1], offsets[journeys.Item2] - offsets[journeys.Item1]), map);
            Remap(nullTouches.AsSpan(nullOffsets[nulls.Item1], nullOffsets[nulls.Item2] - nullOffsets[nulls.Item1]), map);
        });

        return new JourneyBatch(names, hasEmpty ? index[directChannel] : -1, directChannel, offsets, touches, ageDays, revenue, nullOffsets, nullTouches);
    }

    private static int[] PrefixSums(int count, Func<int, int> length)
    {
        var offsets = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            offsets[i + 1] = checked(offsets[i] + length(i));
        }

        return offsets;
    }

    private static void Fill(Journey journey, int at, ChannelInterner interner, int[] touches, double[] ageDays)
    {
        var converted = journey.ConvertedAt.UtcTicks;
        foreach (var touch in AsSpan(journey.Touches))
        {
            touches[at] = interner.Intern(touch.Channel);
            ageDays[at++] = (converted - touch.OccurredAt.UtcTicks) / (double)TimeSpan.TicksPerDay;
        }
    }

    private static void Remap(Span<int> touches, int[] map)
    {
        for (var i = 0; i < touches.Length; i++)
        {
            touches[i] = map[touches[i]];
        }
    }

    private static ReadOnlySpan<Touch> AsSpan(IReadOnlyList<Touch> touches) => touches switch
    {
        Touch[] array => array,
        List<Touch> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => touches.ToArray(),
    };
}
