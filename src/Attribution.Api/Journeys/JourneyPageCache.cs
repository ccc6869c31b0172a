using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace Attribution.Api.Journeys;

/// <summary>
/// The serialized journey list pages of this process, keyed by <see cref="JourneyPageKey"/>: the tenant's
/// <see cref="JourneyDataVersion"/> is part of the key, so any ingestion or seeding for the tenant makes its old pages
/// unreachable (they age out), and another tenant's page can never match. Bounded by
/// <see cref="ApiSettings.JourneyPageCacheMegabytes"/> (default 64 MiB, 0 turns it off; least recently used pages go
/// first) and by <see cref="MaxAge"/>, which bounds how long a change made outside the Api (which raises no version) can
/// go unseen.
/// </summary>
public sealed class JourneyPageCache : IDisposable
{
    public const int DefaultMegabytes = 64;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly MemoryCache? _pages;
    private long _hits;
    private long _misses;

    public JourneyPageCache(IConfiguration configuration, TimeProvider time)
    {
        var megabytes = Megabytes(configuration);
        _pages = megabytes == 0 ? null : new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = megabytes * 1024L * 1024L,
            Clock = new TimeProviderClock(time),
            CompactionPercentage = 0.25,
        });
    }

    /// <summary>Pages served from the cache (a test and benchmark hook).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Pages built because they were not cached (or the cache is off).</summary>
    public long Misses => Interlocked.Read(ref _misses);

    public bool TryGet(JourneyPageKey key, out byte[] page)
    {
        if (_pages is not null && _pages.TryGetValue(key, out var value) && value is byte[] bytes)
        {
            Interlocked.Increment(ref _hits);
            page = bytes;
            return true;
        }

        Interlocked.Increment(ref _misses);
        page = [];
        return false;
    }

    public void Set(JourneyPageKey key, byte[] page) =>
        _pages?.Set(key, page, new MemoryCacheEntryOptions { Size = page.Length + 512, AbsoluteExpirationRelativeToNow = MaxAge });

    public void Dispose() => _pages?.Dispose();

    private static int Megabytes(IConfiguration configuration)
    {
        var text = configuration[ApiSettings.JourneyPageCacheMegabytes];
        return text is null
            ? DefaultMegabytes
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) && megabytes <= 65_536
                ? megabytes
                : throw new InvalidOperationException(
                    $"'{ApiSettings.JourneyPageCacheMegabytes}' must be a whole number of megabytes from 0 to 65536, not '{text}'.");
    }
}
