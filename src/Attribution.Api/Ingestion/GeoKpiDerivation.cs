using Attribution.Api.Http;
using Attribution.Api.Ingestion.Sql;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Ingestion;

/// <summary>
/// <c>POST .../ingest/geo-kpis?source=conversions&amp;from&amp;to</c> with an empty body: geo KPIs derived from the
/// tenant's conversions that carry a region, per (UTC date, region) over [from, to], upserted into <c>geo_kpi_daily</c>.
/// Days and regions without conversions are left as they are.
/// </summary>
internal static class GeoKpiDerivation
{
    public const string FromConversions = "conversions";

    /// <summary>Longest range one request derives.</summary>
    public const int MaxDays = 3660;

    public static async Task<IResult> DeriveAsync(HttpRequest request, DateOnly from, DateOnly to)
    {
        var context = request.HttpContext;
        if (await HasBodyAsync(request))
        {
            throw new ApiValidationException("body", $"The body must be empty with source={FromConversions}.");
        }

        await using var command = await context.Tenant().Session.CommandAsync(GeoKpisSql.DeriveFromConversions, context.RequestAborted);
        command.Parameters.AddWithValue("tenant", context.Tenant().Tenant.TenantId);
        command.Parameters.AddWithValue("from", from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        command.Parameters.AddWithValue("to", to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
        await reader.ReadAsync(context.RequestAborted);
        return TypedResults.Ok(new IngestResult(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
    }

    /// <summary>The validated <c>from</c> and <c>to</c> of a derivation request (400 naming the parameter otherwise).</summary>
    public static (DateOnly From, DateOnly To) Range(QueryReader query)
    {
        var from = query.Date("from") ?? throw new ApiValidationException("from", $"'from' is required with source={FromConversions}.");
        var to = query.Date("to") ?? throw new ApiValidationException("to", $"'to' is required with source={FromConversions}.");
        if (to < from)
        {
            throw new ApiValidationException("to", "'to' must not be before 'from'.");
        }

        return to.DayNumber - from.DayNumber >= MaxDays
            ? throw new ApiValidationException("to", $"'from' to 'to' may span at most {MaxDays} days.")
            : (from, to);
    }

    private static async Task<bool> HasBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is { } length)
        {
            return length > 0;
        }

        var probe = new byte[1];
        return await request.Body.ReadAsync(probe, request.HttpContext.RequestAborted) > 0;
    }
}
