using System.Numerics;
using System.Runtime.InteropServices;

namespace Attribution.Analytics.Journeys;

/// <summary>
/// Conversions and revenue per distinct channel sequence of a batch. A path whose channel indexes (plus one) fit in 64
/// bits is keyed by that exact packed value; longer paths are keyed by their contents (<see cref="PathKey"/>). Each entry
/// remembers where one occurrence lies in the batch's touch array.
/// </summary>
internal sealed class PathCounter
{
    private readonly int[] _touches;
    private readonly int _bits;
    private readonly Dictionary<ulong, PathTotals> _packed = [];
    private readonly Dictionary<PathKey, PathTotals> _long;

    public PathCounter(int[] touches, int channels)
    {
        _touches = touches;
        _bits = 32 - BitOperations.LeadingZeroCount((uint)channels);
        _long = new Dictionary<PathKey, PathTotals>(new PathKey.Comparer(touches));
    }

    public IEnumerable<PathTotals> Entries => _packed.Values.Concat(_long.Values);

    public void Add(int start, int length, double revenue)
    {
        if (length * _bits <= 64)
        {
            var key = 0UL;
            for (var i = 0; i < length; i++)
            {
                key |= (ulong)(_touches[start + i] + 1) << (i * _bits);
            }

            Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_packed, key, out _), new PathTotals(start, length, 1, revenue));
            return;
        }

        Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_long, PathKey.Of(_touches, start, length), out _), new PathTotals(start, length, 1, revenue));
    }

    public void Add(PathCounter other)
    {
        foreach (var (key, totals) in other._packed)
        {
            Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_packed, key, out _), totals);
        }

        foreach (var (key, totals) in other._long)
        {
            Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_long, key, out _), totals);
        }
    }

    private static void Add(ref PathTotals slot, PathTotals add) =>
        slot = slot.Conversions == 0 ? add : slot with { Conversions = slot.Conversions + add.Conversions, Revenue = slot.Revenue + add.Revenue };
}
