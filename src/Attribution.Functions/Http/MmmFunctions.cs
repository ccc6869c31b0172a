using Attribution.Api.Http;
using Attribution.Api.Mmm;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Attribution.Functions.Http;

/// <summary>Route group Media mix model: one-line calls into <see cref="MmmRoutes"/>.</summary>
public sealed class MmmFunctions
{
    [Function("GetMmmModel")]
    public Task<IActionResult> GetMmmModel([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/attribution/mmm")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(MmmRoutes.Get, request);

    [Function("RunMmm")]
    public Task<IActionResult> RunMmm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/attribution/mmm/run")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(MmmRoutes.Run, request);
}
