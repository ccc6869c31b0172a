namespace Attribution.Analytics.Journeys;

/// <summary>Runs a per-item accumulation over <c>[0, count)</c> in one contiguous slice per core and merges the slices in order.</summary>
internal static class ParallelTally
{
    private const int MinimumSlice = 4096;

    public static T Run<T>(int count, Func<T> create, Action<T, int> add, Action<T, T> merge)
    {
        var slices = Math.Clamp(count / MinimumSlice, 1, Environment.ProcessorCount);
        var tallies = new T[slices];
        Parallel.For(0, slices, slice =>
        {
            var tally = create();
            var (from, to) = ((int)((long)count * slice / slices), (int)((long)count * (slice + 1) / slices));
            for (var i = from; i < to; i++)
            {
                add(tally, i);
            }

            tallies[slice] = tally;
        });

        for (var slice = 1; slice < slices; slice++)
        {
            merge(tallies[0], tallies[slice]);
        }

        return tallies[0];
    }
}
