using Attribution.Api.Http;
using Attribution.Api.Incrementality;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Attribution.Functions.Http;

/// <summary>Route group Incrementality: one-line calls into <see cref="IncrementalityRoutes"/>.</summary>
public sealed class IncrementalityFunctions
{
    [Function("ListExperiments")]
    public Task<IActionResult> ListExperiments([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/attribution/incrementality")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IncrementalityRoutes.List, request);

    [Function("CreateExperiment")]
    public Task<IActionResult> CreateExperiment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/attribution/incrementality")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IncrementalityRoutes.Create, request);

    [Function("GetExperiment")]
    public Task<IActionResult> GetExperiment([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/attribution/incrementality/{id:guid}")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IncrementalityRoutes.Get, request);

    [Function("UpdateExperiment")]
    public Task<IActionResult> UpdateExperiment([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "admin/attribution/incrementality/{id:guid}")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IncrementalityRoutes.Patch, request);

    [Function("DeleteExperiment")]
    public Task<IActionResult> DeleteExperiment([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "admin/attribution/incrementality/{id:guid}")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(IncrementalityRoutes.Delete, request);
}
