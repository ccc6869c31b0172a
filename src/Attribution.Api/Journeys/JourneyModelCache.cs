using System.Collections.Concurrent;
using Attribution.Analytics.Journeys;

namespace Attribution.Api.Journeys;

/// <summary>
/// The fitted data-driven (Markov) models of this process, one per <see cref="JourneyModelKey"/>, each valid for the
/// <see cref="JourneyDataVersion"/> it was fitted on. Concurrent requests for a missing model share one fit; a failed fit
/// is forgotten, so the next request fits again. An entry is refitted when its version changes or after
/// <see cref="MaxAge"/> (which bounds how long an in-place correction of an existing row, invisible to the version,
/// can go unnoticed). At most <see cref="Capacity"/> entries are kept, dropping the least recently used.
/// </summary>
public sealed class JourneyModelCache(TimeProvider time)
{
    public const int Capacity = 256;
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<JourneyModelKey, Entry> _entries = new();
    private long _fits;

    /// <summary>How many fits this cache has started (a test hook for reuse).</summary>
    public long Fits => Interlocked.Read(ref _fits);

    public int Count => _entries.Count;

    /// <summary>The model of the key at the version, fitting it with <paramref name="fit"/> when there is none yet.</summary>
    public async Task<MarkovModel> GetAsync(
        JourneyModelKey key, JourneyDataVersion version, Func<Task<MarkovModel>> fit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = _entries.AddOrUpdate(
            key,
            _ => new Entry(version, now, Start(fit)),
            (_, existing) => existing.Version == version && now - existing.CreatedAt < MaxAge ? existing : new Entry(version, now, Start(fit)));
        entry.LastUsed = now.UtcTicks;
        if (_entries.Count > Capacity)
        {
            EvictLeastRecentlyUsed();
        }

        try
        {
            return await entry.Model.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Model.Value.IsFaulted || entry.Model.Value.IsCanceled)
        {
            _entries.TryRemove(new KeyValuePair<JourneyModelKey, Entry>(key, entry));
            throw;
        }
    }

    private Lazy<Task<MarkovModel>> Start(Func<Task<MarkovModel>> fit) => new(() =>
    {
        Interlocked.Increment(ref _fits);
        return Task.Run(fit);
    });

    private void EvictLeastRecentlyUsed()
    {
        var oldest = _entries.MinBy(pair => pair.Value.LastUsed);
        _entries.TryRemove(oldest);
    }

    private sealed class Entry(JourneyDataVersion version, DateTimeOffset createdAt, Lazy<Task<MarkovModel>> model)
    {
        public JourneyDataVersion Version { get; } = version;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public Lazy<Task<MarkovModel>> Model { get; } = model;

        public long LastUsed;
    }
}
