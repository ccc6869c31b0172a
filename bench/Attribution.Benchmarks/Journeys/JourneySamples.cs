using Npgsql;

namespace Attribution.Benchmarks.Journeys;

/// <summary>What the workload needs from the seeded tenant: its last day of conversions and some ids and emails to search for.</summary>
internal sealed record JourneySamples(DateOnly LastDay, IReadOnlyList<string> OrderIds, IReadOnlyList<string> Emails, long Touchpoints, long Conversions)
{
    public string Search(Random random) => random.Next(3) switch
    {
        0 => OrderIds[random.Next(OrderIds.Count)],
        1 => Emails[random.Next(Emails.Count)],
        _ => Emails[random.Next(Emails.Count)].Split('.')[0],
    };

    /// <summary>Reads the samples through the owner connection under the tenant (row-level security binds the owner too).</summary>
    public static async Task<JourneySamples> ReadAsync(string ownerConnectionString, Guid tenant)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var set = new NpgsqlCommand("select set_config('app.tenant_id', @tenant, true)", connection, transaction))
        {
            set.Parameters.AddWithValue("tenant", tenant.ToString());
            await set.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(
            """
            select (select max(occurred_at) at time zone 'UTC' from conversions)::date,
                   (select count(*) from touchpoints), (select count(*) from conversions);
            select external_id, customer_email from conversions
            where occurred_at >= (select max(occurred_at) - interval '30 days' from conversions) and customer_email <> ''
            order by id limit 200
            """, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (lastDay, touchpoints, conversions) = (reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetInt64(2));
        await reader.NextResultAsync();
        var (orders, emails) = (new List<string>(), new List<string>());
        while (await reader.ReadAsync())
        {
            orders.Add(reader.GetString(0));
            emails.Add(reader.GetString(1));
        }

        return new JourneySamples(lastDay, orders, emails, touchpoints, conversions);
    }
}
