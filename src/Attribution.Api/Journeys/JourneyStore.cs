using Attribution.Analytics.Journeys;
using Attribution.Api.Journeys.Sql;
using Attribution.Api.Tenancy;
using Npgsql;
using NpgsqlTypes;

namespace Attribution.Api.Journeys;

/// <summary>Reads journeys in the request's <see cref="TenantSession"/> (row-level security scopes everything to its tenant).</summary>
public static class JourneyStore
{
    /// <summary>
    /// Up to <paramref name="limit"/> journeys after <paramref name="cursor"/>, newest first, and whether more follow, in one
    /// round trip (a prepared batch of <see cref="JourneySql.GenericPlans"/> or, for a search,
    /// <see cref="JourneySql.CustomPlans"/>, and <see cref="JourneySql.Page"/>).
    /// </summary>
    public static async Task<(List<StoredJourney> Journeys, bool More)> PageAsync(
        TenantSession session, JourneyFilters filters, JourneyCursor? cursor, int limit, CancellationToken cancellationToken)
    {
        var page = new NpgsqlBatchCommand(
            JourneySql.Page(cursor is not null, filters.NewCustomers is not null, filters.Search is not null, filters.Channel is not null));
        AddRange(page.Parameters, filters.Range);
        page.Parameters.AddWithValue("take", limit + 1);
        if (cursor is not null)
        {
            page.Parameters.AddWithValue("cursor_at", cursor.ConvertedAt);
            page.Parameters.AddWithValue("cursor_id", cursor.Id);
        }

        if (filters.NewCustomers is { } isNew)
        {
            page.Parameters.AddWithValue("new_customer", isNew);
        }

        if (filters.Search is { } search)
        {
            var from = LowerAscii(search);
            page.Parameters.AddWithValue("search_from", NpgsqlDbType.Text, from);
            page.Parameters.AddWithValue("search_to", NpgsqlDbType.Text, from + char.ConvertFromUtf32(0x10FFFF));
        }

        if (filters.Channel is { } channel)
        {
            page.Parameters.AddWithValue("channel", NpgsqlDbType.Text, channel);
        }

        var (batch, tenantResultFirst) = await session.BatchAsync(cancellationToken);
        await using var disposeBatch = batch;
        batch.BatchCommands.Add(new NpgsqlBatchCommand(filters.Search is null ? JourneySql.GenericPlans : JourneySql.CustomPlans));
        batch.BatchCommands.Add(page);
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (tenantResultFirst)
        {
            await reader.NextResultAsync(cancellationToken);
        }

        var journeys = await JourneyRows.ReadAsync(reader, cancellationToken);
        var more = journeys.Count > limit;
        if (more)
        {
            journeys.RemoveAt(journeys.Count - 1);
        }

        return (journeys, more);
    }

    /// <summary>The conversion with the id and its touches in the window, or null (unknown, or another tenant's).</summary>
    public static async Task<StoredJourney?> FindAsync(TenantSession session, long id, AttributionWindow window, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(JourneySql.Detail, cancellationToken);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("window", window.Length);
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var journeys = await JourneyRows.ReadAsync(reader, cancellationToken);
        return journeys.Count == 0 ? null : journeys[0];
    }

    /// <summary>Every journey of the range (optionally only new or returning customers) as the engines take it.</summary>
    public static async Task<List<Journey>> JourneysAsync(TenantSession session, JourneyFilters filters, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync(JourneySql.Paths(filters.NewCustomers is not null), cancellationToken);
        AddRange(command.Parameters, filters.Range);
        if (filters.NewCustomers is { } isNew)
        {
            command.Parameters.AddWithValue("new_customer", isNew);
        }

        var journeys = new List<Journey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var channels = reader.GetFieldValue<string[]>(2);
            var times = reader.GetFieldValue<DateTime[]>(3);
            var touches = new Touch[channels.Length];
            for (var i = 0; i < touches.Length; i++)
            {
                touches[i] = new Touch(channels[i], new DateTimeOffset(times[i], TimeSpan.Zero));
            }

            journeys.Add(new Journey(touches, reader.GetFieldValue<DateTimeOffset>(0), reader.GetDouble(1)));
        }

        return journeys;
    }

    /// <summary>Binds <c>@start</c>, <c>@end</c>, <c>@touch_start</c> and <c>@window</c>.</summary>
    internal static void AddRange(NpgsqlParameterCollection parameters, JourneyRange range)
    {
        parameters.AddWithValue("start", range.Start);
        parameters.AddWithValue("end", range.End);
        parameters.AddWithValue("touch_start", range.TouchStart);
        parameters.AddWithValue("window", range.Window.Length);
    }

    /// <summary>The text with ASCII letters lower-cased (as the key columns store it); other characters unchanged.</summary>
    internal static string LowerAscii(string search) =>
        string.Create(search.Length, search, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] + 32) : text[i];
            }
        });
}
