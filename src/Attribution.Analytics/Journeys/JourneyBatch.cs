namespace Attribution.Analytics.Journeys;

/// <summary>
/// Journeys and non-converting paths flattened for the bulk computations: channel indexes and touch ages (days to the
/// conversion) in contiguous arrays, journey <c>j</c>'s touches at <c>[Offsets[j], Offsets[j + 1])</c>.
/// </summary>
internal sealed class JourneyBatch
{
    private JourneyBatch(ChannelInterner interner, string directChannel, int[] offsets, int[] touches, double[] ageDays, double[] revenue, int[] nullOffsets, int[] nullTouches)
    {
        Offsets = offsets;
        Touches = touches;
        AgeDays = ageDays;
        Revenue = revenue;
        NullOffsets = nullOffsets;
        NullTouches = nullTouches;
        var hasEmpty = false;
        for (var j = 0; j < revenue.Length && !hasEmpty; j++)
        {
            hasEmpty = offsets[j] == offsets[j + 1];
        }

        DirectIndex = hasEmpty ? interner.Intern(directChannel) : -1;
        Channels = [.. interner.Names];
        IsDirect = [.. Channels.Select(c => string.Equals(c, directChannel, StringComparison.OrdinalIgnoreCase))];
    }

    public string[] Channels { get; }

    public bool[] IsDirect { get; }

    /// <summary>The channel credited for journeys without touches (-1 when there is none).</summary>
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

    public static JourneyBatch Build(IReadOnlyList<Journey> converting, IReadOnlyList<IReadOnlyList<string>> nonConverting, string directChannel)
    {
        var interner = new ChannelInterner();
        var offsets = new int[converting.Count + 1];
        for (var j = 0; j < converting.Count; j++)
        {
            offsets[j + 1] = checked(offsets[j] + converting[j].Touches.Count);
        }

        var touches = new int[offsets[^1]];
        var ageDays = new double[offsets[^1]];
        var revenue = new double[converting.Count];
        for (var j = 0; j < converting.Count; j++)
        {
            var journey = converting[j];
            revenue[j] = journey.Revenue;
            var converted = journey.ConvertedAt.UtcTicks;
            var at = offsets[j];
            foreach (var touch in AsSpan(journey.Touches))
            {
                touches[at] = interner.Intern(touch.Channel);
                ageDays[at++] = (converted - touch.OccurredAt.UtcTicks) / (double)TimeSpan.TicksPerDay;
            }
        }

        var nullOffsets = new int[nonConverting.Count + 1];
        for (var p = 0; p < nonConverting.Count; p++)
        {
            nullOffsets[p + 1] = checked(nullOffsets[p] + nonConverting[p].Count);
        }

        var nullTouches = new int[nullOffsets[^1]];
        for (var p = 0; p < nonConverting.Count; p++)
        {
            var at = nullOffsets[p];
            foreach (var channel in nonConverting[p])
            {
                nullTouches[at++] = interner.Intern(channel);
            }
        }

        return new JourneyBatch(interner, directChannel, offsets, touches, ageDays, revenue, nullOffsets, nullTouches);
    }

    private static ReadOnlySpan<Touch> AsSpan(IReadOnlyList<Touch> touches) => touches switch
    {
        Touch[] array => array,
        List<Touch> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => touches.ToArray(),
    };
}
