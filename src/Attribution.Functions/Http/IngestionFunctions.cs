using Attribution.Api.Http;
using Attribution.Api.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Attribution.Functions.Http;

/// <summary>Route group Ingestion: one-line calls into <see cref="IngestionRoutes"/>.</summary>
public sealed class IngestionFunctions
{
    [Function("IngestTouchpoints")]
    public Task<IActionResult> IngestTouchpoints([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/attribution/ingest/touchpoints")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IngestionRoutes.Touchpoints, request);

    [Function("IngestConversions")]
    public Task<IActionResult> IngestConversions([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/attribution/ingest/conversions")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IngestionRoutes.Conversions, request);

    [Function("IngestSpend")]
    public Task<IActionResult> IngestSpend([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/attribution/ingest/spend")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IngestionRoutes.Spend, request);

    [Function("IngestGeoKpis")]
    public Task<IActionResult> IngestGeoKpis([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/attribution/ingest/geo-kpis")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IngestionRoutes.GeoKpis, request);
}
