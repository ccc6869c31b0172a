using Attribution.Api.Http;
using Attribution.Api.Journeys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Attribution.Functions.Http;

/// <summary>Route group Journeys: one-line calls into <see cref="JourneysRoutes"/>.</summary>
public sealed class JourneysFunctions
{
    [Function("ListJourneys")]
    public Task<IActionResult> ListJourneys([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/attribution/journeys")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(JourneysRoutes.List, request);

    [Function("GetJourneyPaths")]
    public Task<IActionResult> GetJourneyPaths([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/attribution/journeys/paths")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(JourneysRoutes.Paths, request);

    [Function("GetJourney")]
    public Task<IActionResult> GetJourney([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/attribution/journeys/{id:long}")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(JourneysRoutes.Get, request);
}
