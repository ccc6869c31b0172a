using Attribution.Analytics.Mmm;
using Attribution.Api.Http;
using Attribution.Api.Mmm.Sql;
using Attribution.Api.Tenancy;

namespace Attribution.Api.Mmm;

/// <summary>
/// The prepare step's data: the tenant's spend per channel (all platforms and regions) and conversion revenue (UTC days),
/// summed into the run's periods (<see cref="MmmPeriods"/>). Missing days count as zero. Problems a user can fix are 400s
/// naming the request field: a channel without spend in the range, a range with too few periods, no revenue.
/// </summary>
public static class MmmDatasetBuilder
{
    public static async Task<MmmDataset> BuildAsync(
        TenantSession session, IReadOnlyList<string> channels, DateOnly start, DateOnly end, MmmGranularity granularity, CancellationToken cancellationToken)
    {
        var periods = MmmPeriods.Of(start, end, granularity);
        if (periods.Count == 0)
        {
            throw new ApiValidationException("dateRangeStart", "The range holds no whole week (weeks run Monday to Sunday).");
        }

        var (first, last) = (periods[0], MmmPeriods.LastDay(periods, granularity));
        var spend = new double[periods.Count][];
        for (var t = 0; t < spend.Length; t++)
        {
            spend[t] = new double[channels.Count];
        }

        var columns = channels.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        await using (var command = await session.CommandAsync(MmmSql.DailySpend, cancellationToken))
        {
            AddRange(command.Parameters, first, last);
            command.Parameters.AddWithValue("channels", channels.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var t = MmmPeriods.IndexOf(periods, reader.GetFieldValue<DateOnly>(0), granularity);
                spend[t][columns[reader.GetString(1)]] += reader.GetDouble(2);
            }
        }

        var target = new double[periods.Count];
        await using (var command = await session.CommandAsync(MmmSql.DailyRevenue, cancellationToken))
        {
            AddRange(command.Parameters, first, last);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                target[MmmPeriods.IndexOf(periods, reader.GetFieldValue<DateOnly>(0), granularity)] += reader.GetDouble(1);
            }
        }

        return new MmmDataset(periods, [.. channels], spend, target, [], [.. periods.Select(_ => Array.Empty<double>())], granularity);
    }

    /// <summary>The channels of the tenant with any spend in the range (for the "unknown channel" message).</summary>
    public static async Task<IReadOnlyList<string>> ChannelsWithSpendAsync(TenantSession session, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(MmmSql.ChannelsWithSpend, cancellationToken);
        AddRange(command.Parameters, start, end);
        var channels = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            channels.Add(reader.GetString(0));
        }

        channels.Sort(StringComparer.Ordinal);
        return channels;
    }

    private static void AddRange(Npgsql.NpgsqlParameterCollection parameters, DateOnly start, DateOnly end)
    {
        parameters.AddWithValue("start", start);
        parameters.AddWithValue("end", end);
    }
}
