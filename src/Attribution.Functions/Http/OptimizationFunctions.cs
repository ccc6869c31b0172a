using Attribution.Api.Http;
using Attribution.Api.Optimization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Attribution.Functions.Http;

/// <summary>Route group budget optimization: one-line calls into <see cref="OptimizationRoutes"/>.</summary>
public sealed class OptimizationFunctions
{
    [Function("OptimizeBudget")]
    public Task<IActionResult> OptimizeBudget([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "admin/attribution/mmm/optimize")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(OptimizationRoutes.Optimize, request);

    [Function("GetBudgetOptimization")]
    public Task<IActionResult> GetBudgetOptimization([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/attribution/mmm/optimizations/{id:guid}")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(OptimizationRoutes.Get, request);
}
