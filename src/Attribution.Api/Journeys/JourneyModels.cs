using Attribution.Analytics.Journeys;
using Attribution.Api.Journeys.Sql;
using Attribution.Api.Tenancy;
using Npgsql;

namespace Attribution.Api.Journeys;

/// <summary>
/// The tenant's data-driven model for a range: fitted (<see cref="MarkovAttribution.Fit"/>) on the range's converting paths
/// and the non-converting paths (customers with touchpoints in <c>[from - window, to]</c> and no conversion in the range),
/// and reused through <see cref="JourneyModelCache"/> while the tenant's data stays the same (<see cref="JourneyDataVersion"/>,
/// <see cref="JourneyRangeCounts"/>). The version and counts are read in the request's session; a fit runs in its own <see cref="TenantSession"/> of the same tenant
/// (so row-level security applies alike), not tied to the request that happened to start it, since others may wait on it.
/// </summary>
public sealed class JourneyModels(JourneyModelCache cache, NpgsqlDataSource dataSource)
{
    /// <summary>The model of the range, at the tenant's data version (read here unless the caller read it with its own query).</summary>
    public async Task<MarkovModel> GetAsync(
        TenantSession session, JourneyRange range, AttributionOptions options, JourneyDataVersion? version, CancellationToken cancellationToken)
    {
        version ??= await ReadVersionAsync(session, cancellationToken);
        var tenantId = session.TenantId;
        var key = new JourneyModelKey(tenantId, range.Window.Key, range.From, range.To, options.MarkovOrder);
        return await cache.GetAsync(
            key, version.Value, token => CountAsync(session, range, token), () => FitAsync(tenantId, range, options), cancellationToken);
    }

    public static async Task<JourneyDataVersion> ReadVersionAsync(TenantSession session, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(JourneySql.Version, cancellationToken);
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new JourneyDataVersion(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public static async Task<JourneyRangeCounts> CountAsync(TenantSession session, JourneyRange range, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(JourneySql.Counts, cancellationToken);
        JourneyStore.AddRange(command.Parameters, range);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new JourneyRangeCounts(reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<FittedJourneyModel> FitAsync(Guid tenantId, JourneyRange range, AttributionOptions options)
    {
        await using var session = new TenantSession(dataSource, tenantId);
        var counts = await CountAsync(session, range, CancellationToken.None);
        var paths = await ReadPathsAsync(session, range, options.DirectChannel, CancellationToken.None);
        return new FittedJourneyModel(MarkovAttribution.Fit(paths, options.MarkovOrder), counts);
    }

    /// <summary>
    /// The converting and non-converting paths of the range, each distinct channel sequence once with its totals. A conversion
    /// without touches is one <paramref name="directChannel"/> touch for the chain, as <see cref="PathAnalysis"/> counts it.
    /// </summary>
    public static async Task<List<ChannelPath>> ReadPathsAsync(TenantSession session, JourneyRange range, string directChannel, CancellationToken cancellationToken)
    {
        var paths = new List<ChannelPath>();
        await using (var converting = await session.CommandAsync(JourneySql.ConvertingPaths, cancellationToken))
        {
            JourneyStore.AddRange(converting.Parameters, range);
            await using var reader = await converting.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var channels = reader.GetFieldValue<string[]>(0);
                paths.Add(new ChannelPath(channels.Length == 0 ? [directChannel] : channels, reader.GetDouble(1), reader.GetDouble(2), 0));
            }
        }

        paths.AddRange(await ReadNonConvertingPathsAsync(session, range, cancellationToken));
        return paths;
    }

    /// <summary>The range's non-converting paths (<see cref="ChannelPath.Nulls"/> customers each).</summary>
    public static async Task<List<ChannelPath>> ReadNonConvertingPathsAsync(TenantSession session, JourneyRange range, CancellationToken cancellationToken)
    {
        var paths = new List<ChannelPath>();
        await using var command = await session.CommandAsync(JourneySql.NonConvertingPaths, cancellationToken);
        JourneyStore.AddRange(command.Parameters, range);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            paths.Add(new ChannelPath(reader.GetFieldValue<string[]>(0), 0, 0, reader.GetDouble(1)));
        }

        return paths;
    }
}
