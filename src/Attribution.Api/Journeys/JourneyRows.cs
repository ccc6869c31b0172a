using System.Data.Common;

namespace Attribution.Api.Journeys;

/// <summary>
/// Folds the rows of <see cref="Sql.JourneySql.Page"/> and <see cref="Sql.JourneySql.Detail"/> (one row per touch, a conversion's
/// rows adjacent, a conversion without touches once with null touch columns) into journeys, in row order.
/// </summary>
internal static class JourneyRows
{
    public static async Task<List<StoredJourney>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var journeys = new List<StoredJourney>();
        List<StoredTouch>? touches = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (journeys.Count == 0 || journeys[^1].Id != id)
            {
                touches = [];
                journeys.Add(new StoredJourney(
                    id, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4),
                    reader.GetDecimal(5), reader.GetString(6).Trim(), reader.GetBoolean(7), touches));
            }

            if (!reader.IsDBNull(8))
            {
                touches!.Add(new StoredTouch(
                    reader.GetInt64(8), reader.GetString(9), reader.GetString(10), reader.GetString(11), reader.GetString(12),
                    reader.GetString(13), reader.GetFieldValue<DateTimeOffset>(14)));
            }
        }

        return journeys;
    }
}
