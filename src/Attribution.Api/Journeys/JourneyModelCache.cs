using System.Collections.Concurrent;
using Attribution.Analytics.Journeys;

namespace Attribution.Api.Journeys;

/// <summary>
/// The fitted data-driven (Markov) models of this process, one per <see cref="JourneyModelKey"/>. A model is reused while
/// <list type="bullet">
/// <item>the tenant's <see cref="JourneyDataVersion"/> (read by every request, O(1)) is the one it was fitted at;</item>
/// <item>its <see cref="JourneyRangeCounts"/> are unchanged: re-read by one request (the others go on with the model) once
/// <see cref="RecountInterval"/> has passed since they were last read;</item>
/// <item>it is younger than <see cref="MaxAge"/>, which bounds how long an in-place correction of an existing row (which
/// changes neither ids nor counts) can go unnoticed.</item>
/// </list>
/// Concurrent requests for a missing model share one fit; a failed fit is forgotten, so the next request fits again. At
/// most <see cref="Capacity"/> models are kept, dropping the least recently used.
/// </summary>
public sealed class JourneyModelCache(TimeProvider time)
{
    public const int Capacity = 256;
    public static readonly TimeSpan RecountInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<JourneyModelKey, Entry> _entries = new();
    private long _fits;

    /// <summary>How many fits this cache has started (a test hook for reuse).</summary>
    public long Fits => Interlocked.Read(ref _fits);

    public int Count => _entries.Count;

    /// <summary>
    /// The model of the key at the version: the cached one (after re-reading the counts with <paramref name="count"/> when
    /// due) or a new one from <paramref name="fit"/>.
    /// </summary>
    public async Task<MarkovModel> GetAsync(
        JourneyModelKey key,
        JourneyDataVersion version,
        Func<CancellationToken, Task<JourneyRangeCounts>> count,
        Func<Task<FittedJourneyModel>> fit,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var cached) && cached.Version == version && now - cached.CreatedAt < MaxAge
            && cached.Fitted.Value is { IsCompletedSuccessfully: true } done && now.UtcTicks - cached.CountedAt >= RecountInterval.Ticks
            && cached.TryClaimRecount())
        {
            try
            {
                if (await count(cancellationToken) == done.Result.Counts)
                {
                    cached.CountedAt = time.GetUtcNow().UtcTicks;
                }
                else
                {
                    _entries.TryRemove(new KeyValuePair<JourneyModelKey, Entry>(key, cached));
                }
            }
            finally
            {
                cached.ReleaseRecount();
            }
        }

        var entry = _entries.AddOrUpdate(
            key,
            _ => new Entry(version, now, Start(fit)),
            (_, existing) => existing.Version == version && now - existing.CreatedAt < MaxAge ? existing : new Entry(version, now, Start(fit)));
        entry.LastUsed = now.UtcTicks;
        if (_entries.Count > Capacity)
        {
            _entries.TryRemove(_entries.MinBy(pair => pair.Value.LastUsed));
        }

        try
        {
            return (await entry.Fitted.Value.WaitAsync(cancellationToken)).Model;
        }
        catch (Exception) when (entry.Fitted.Value.IsFaulted || entry.Fitted.Value.IsCanceled)
        {
            _entries.TryRemove(new KeyValuePair<JourneyModelKey, Entry>(key, entry));
            throw;
        }
    }

    private Lazy<Task<FittedJourneyModel>> Start(Func<Task<FittedJourneyModel>> fit) => new(() =>
    {
        Interlocked.Increment(ref _fits);
        return Task.Run(fit);
    });

    private sealed class Entry(JourneyDataVersion version, DateTimeOffset createdAt, Lazy<Task<FittedJourneyModel>> fitted)
    {
        private int _recounting;
        private long _countedAt = createdAt.UtcTicks;
        private long _lastUsed;

        public JourneyDataVersion Version { get; } = version;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public Lazy<Task<FittedJourneyModel>> Fitted { get; } = fitted;

        /// <summary>When the counts were last read (UTC ticks): the fit reads them first, so at first its start.</summary>
        public long CountedAt
        {
            get => Interlocked.Read(ref _countedAt);
            set => Interlocked.Exchange(ref _countedAt, value);
        }

        /// <summary>When a request last used the entry (UTC ticks).</summary>
        public long LastUsed
        {
            get => Interlocked.Read(ref _lastUsed);
            set => Interlocked.Exchange(ref _lastUsed, value);
        }

        public bool TryClaimRecount() => Interlocked.CompareExchange(ref _recounting, 1, 0) == 0;

        public void ReleaseRecount() => Volatile.Write(ref _recounting, 0);
    }
}
