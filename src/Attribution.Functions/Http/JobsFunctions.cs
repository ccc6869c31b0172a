using Attribution.Api.Http;
using Attribution.Api.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Attribution.Functions.Http;

/// <summary>Route group Jobs: one-line calls into <see cref="JobsRoutes"/>.</summary>
public sealed class JobsFunctions
{
    [Function("GetJob")]
    public Task<IActionResult> GetJob([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/attribution/jobs/{id:guid}")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(JobsRoutes.Get, request);
}
