using System.Collections.Concurrent;
using System.Globalization;
using Attribution.Api.Tenancy;
using Microsoft.Extensions.Configuration;

namespace Attribution.Api.Journeys;

/// <summary>
/// The tenants' <see cref="JourneyDataVersion"/> as the journey list reads it: from the database at most once per
/// <see cref="ApiSettings.JourneyVersionCheckMilliseconds"/> (default 1,000 ms; 0 reads on every request) and whenever
/// this process has committed a write for the tenant since (<see cref="TenantChanges"/>). A page served from
/// <see cref="JourneyPageCache"/> within that interval needs no database work at all; a write made through another
/// instance shows after at most the interval.
/// </summary>
public sealed class JourneyVersionCache(IConfiguration configuration, TimeProvider time)
{
    public const int DefaultMilliseconds = 1000;

    private readonly ConcurrentDictionary<Guid, (JourneyDataVersion Version, long Stamp, long ReadAt)> _versions = new();
    private readonly long _interval = Interval(configuration, time);

    public async Task<JourneyDataVersion> GetAsync(TenantSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var stamp = TenantChanges.Current(session.TenantId);
        var now = time.GetTimestamp();
        if (_interval > 0 && _versions.TryGetValue(session.TenantId, out var known) && known.Stamp == stamp && now - known.ReadAt < _interval)
        {
            return known.Version;
        }

        var version = await JourneyModels.ReadVersionAsync(session, cancellationToken);
        _versions[session.TenantId] = (version, stamp, now);
        return version;
    }

    private static long Interval(IConfiguration configuration, TimeProvider time)
    {
        var text = configuration[ApiSettings.JourneyVersionCheckMilliseconds];
        if (text is null)
        {
            return DefaultMilliseconds * time.TimestampFrequency / 1000;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds <= 60_000
            ? milliseconds * time.TimestampFrequency / 1000
            : throw new InvalidOperationException($"'{ApiSettings.JourneyVersionCheckMilliseconds}' must be a whole number of milliseconds from 0 to 60000, not '{text}'.");
    }
}
