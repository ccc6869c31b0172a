using Npgsql;
using NpgsqlTypes;

namespace Attribution.Api.Demo.Seeding;

/// <summary>Binary COPY of the demo's bulk tables into their staging tables (<see cref="DemoStagedTable"/>), on the caller's connection and transaction.</summary>
internal static class DemoCopy
{
    public static async Task<int> TouchpointsAsync(NpgsqlConnection connection, Guid tenant, IReadOnlyList<DemoTouchpoint> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(DemoSql.Touchpoints.Copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(tenant, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(row.ExternalId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.CustomerId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(row.Channel, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Source, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Medium, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Campaign, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Platform, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Region, NpgsqlDbType.Text, cancellationToken);
        }

        return (int)await writer.CompleteAsync(cancellationToken);
    }

    public static async Task<int> ConversionsAsync(NpgsqlConnection connection, Guid tenant, IReadOnlyList<DemoConversion> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(DemoSql.Conversions.Copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(tenant, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(row.ExternalId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.CustomerId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.CustomerEmail, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(row.Revenue, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(row.Currency, NpgsqlDbType.Char, cancellationToken);
            await writer.WriteAsync(row.IsNewCustomer, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(row.Region, NpgsqlDbType.Text, cancellationToken);
        }

        return (int)await writer.CompleteAsync(cancellationToken);
    }

    public static async Task<int> SpendAsync(NpgsqlConnection connection, Guid tenant, IReadOnlyList<DemoSpend> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(DemoSql.Spend.Copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(tenant, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(row.Date, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(row.Channel, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Platform, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Region, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Spend, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(row.Impressions, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(row.Clicks, NpgsqlDbType.Bigint, cancellationToken);
        }

        return (int)await writer.CompleteAsync(cancellationToken);
    }

    public static async Task<int> GeoKpisAsync(NpgsqlConnection connection, Guid tenant, IReadOnlyList<DemoGeoKpi> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(DemoSql.GeoKpis.Copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(tenant, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(row.Date, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(row.Region, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Revenue, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(row.Conversions, NpgsqlDbType.Integer, cancellationToken);
        }

        return (int)await writer.CompleteAsync(cancellationToken);
    }
}
