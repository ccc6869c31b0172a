using Attribution.Api.Health;
using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Attribution.Functions.Http;

/// <summary>Route group Health: one-line calls into <see cref="HealthRoutes"/>.</summary>
public sealed class HealthFunctions
{
    [Function("GetHealth")]
    public Task<IActionResult> GetHealth([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(HealthRoutes.Get, request);
}
