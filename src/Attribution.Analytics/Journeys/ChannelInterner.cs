using System.Runtime.InteropServices;

namespace Attribution.Analytics.Journeys;

/// <summary>
/// Maps channel names to dense indexes (first-seen order). A lookup first compares references with the names seen so
/// far (channel strings are usually shared instances), then falls back to an ordinal dictionary.
/// </summary>
internal sealed class ChannelInterner
{
    private const int ReferenceScan = 32;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly string?[] _recent = new string?[ReferenceScan];
    private readonly int[] _recentIndex = new int[ReferenceScan];
    private int _recentCount;

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public int Intern(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var recent = _recent.AsSpan(0, _recentCount);
        for (var i = 0; i < recent.Length; i++)
        {
            if (ReferenceEquals(recent[i], channel))
            {
                return _recentIndex[i];
            }
        }

        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, channel, out var exists);
        if (!exists)
        {
            slot = _names.Count;
            _names.Add(channel);
        }

        if (_recentCount < ReferenceScan)
        {
            _recent[_recentCount] = channel;
            _recentIndex[_recentCount++] = slot;
        }

        return slot;
    }
}
