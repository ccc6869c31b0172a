using Attribution.Api.Http;
using Attribution.Api.Ingestion.Rows;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Ingestion;

/// <summary>
/// <c>POST /api/admin/attribution/ingest/{touchpoints|conversions|spend|geo-kpis}</c> (write role): a JSON array,
/// NDJSON or CSV body of rows, validated as a whole (any invalid row: 400 listing the row errors, nothing written) and
/// upserted on natural keys, so replaying a batch changes nothing.
/// </summary>
public static class IngestionRoutes
{
    private const string Tag = "Ingestion";
    private const string Formats = " Body: a JSON array (application/json), NDJSON (application/x-ndjson) or CSV with a header row (text/csv).";

    public static ApiRoute Touchpoints { get; } = Route(
        "touchpoints", "ingestTouchpoints", "Upserts touchpoints; a touchpoint without a channel gets one from its source and medium.",
        typeof(TouchpointRow[]), request => IngestionEndpoint.IngestAsync(request, IngestKinds.Touchpoints));

    public static ApiRoute Conversions { get; } = Route(
        "conversions", "ingestConversions", "Upserts conversions (orders).",
        typeof(ConversionRow[]), request => IngestionEndpoint.IngestAsync(request, IngestKinds.Conversions));

    public static ApiRoute Spend { get; } = Route(
        "spend", "ingestSpend", "Upserts daily ad spend.",
        typeof(SpendRow[]), request => IngestionEndpoint.IngestAsync(request, IngestKinds.Spend));

    public static ApiRoute GeoKpis { get; } = Route(
        "geo-kpis", "ingestGeoKpis", "Upserts daily geo KPIs, or with source=conversions (and no body) derives them from the conversions that carry a region.",
        typeof(GeoKpiRow[]), GeoKpisAsync) with
    {
        RequestBodyRequired = false,
        Query =
        [
            new("source", "string", "'conversions': derive the geo KPIs from the tenant's conversions with a region instead of reading a body.")
            {
                Enum = [GeoKpiDerivation.FromConversions],
            },
            new("from", "string", "First UTC day to derive (with source=conversions).") { Format = "date" },
            new("to", "string", "Last UTC day to derive, inclusive (with source=conversions).") { Format = "date" },
        ],
    };

    private static ApiRoute Route(string kind, string operationId, string summary, Type rows, Func<HttpRequest, Task<IResult>> handler) =>
        new("POST", $"admin/attribution/ingest/{kind}", operationId, Tag, summary + Formats, ApiAccess.Write, handler)
        {
            RequestBody = rows,
            Responses = [new(StatusCodes.Status200OK, "The rows were validated and upserted.", typeof(IngestResult))],
        };

    private static Task<IResult> GeoKpisAsync(HttpRequest request)
    {
        var query = new QueryReader(request);
        if (query.OneOf("source", [GeoKpiDerivation.FromConversions]) is null)
        {
            return query.String("from") is null && query.String("to") is null
                ? IngestionEndpoint.IngestAsync(request, IngestKinds.GeoKpis)
                : throw new ApiValidationException("source", $"'from' and 'to' apply only with source={GeoKpiDerivation.FromConversions}.");
        }

        var (from, to) = GeoKpiDerivation.Range(query);
        return GeoKpiDerivation.DeriveAsync(request, from, to);
    }
}
