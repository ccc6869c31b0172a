namespace Attribution.Analytics.Journeys;

/// <summary>Runs a per-item accumulation over <c>[0, count)</c> in one contiguous slice per core and merges the slices in order.</summary>
internal static class ParallelTally
{
    private const int MinimumSlice = 4096;

    /// <summary>One slice per core, fewer for small counts (at least one).</summary>
    public static int SliceCount(int count) => Math.Clamp(count / MinimumSlice, 1, Environment.ProcessorCount);

    /// <summary>The items <c>[From, To)</c> of slice <paramref name="slice"/> of <paramref name="slices"/>.</summary>
    public static (int From, int To) Bounds(int count, int slices, int slice) =>
        ((int)((long)count * slice / slices), (int)((long)count * (slice + 1) / slices));

    public static T Run<T>(int count, Func<T> create, Action<T, int> add, Action<T, T> merge)
    {
        var tallies = new T[SliceCount(count)];
        Parallel.For(0, tallies.Length, slice =>
        {
            var tally = create();
            var (from, to) = Bounds(count, tallies.Length, slice);
            for (var i = from; i < to; i++)
            {
                add(tally, i);
            }

            tallies[slice] = tally;
        });

        for (var slice = 1; slice < tallies.Length; slice++)
        {
            merge(tallies[0], tallies[slice]);
        }

        return tallies[0];
    }
}
