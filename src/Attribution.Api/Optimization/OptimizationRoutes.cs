using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Optimization;

/// <summary>
/// <c>POST /api/admin/attribution/mmm/optimize</c> (write role): budget recommendation and response/budget frontier from a
/// completed model; <c>GET .../mmm/optimizations/{id}</c> (read role): an optimization that ran as a job.
/// </summary>
public static class OptimizationRoutes
{
    private const string Tag = "Media mix model";

    public static ApiRoute Optimize { get; } = new(
        "POST", "admin/attribution/mmm/optimize", "optimizeBudget", Tag,
        "Recommends a budget allocation from a completed model's posterior, with the response/budget frontier (200 when ready within 20 s, else 202).",
        ApiAccess.Write, OptimizeEndpoint.OptimizeAsync)
    {
        RequestBody = typeof(OptimizeRequest),
        Responses =
        [
            new(StatusCodes.Status200OK, "The recommendation and frontier.", typeof(OptimizationResult)),
            new(StatusCodes.Status202Accepted, "Running as a job.", typeof(OptimizationAccepted)),
        ],
    };

    public static ApiRoute Get { get; } = new(
        "GET", "admin/attribution/mmm/optimizations/{id:guid}", "getBudgetOptimization", Tag,
        "An optimization that ran as a job: its request, status and result.", ApiAccess.Read, GetAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "The optimization.", typeof(OptimizationView))],
    };

    /// <summary>Where an optimization's result is read, as a job's result URI.</summary>
    public static string ResultUri(Guid id) => $"/api/admin/attribution/mmm/optimizations/{id}";

    private static async Task<IResult> GetAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var id = RouteIds.Guid(request, "'id' must be an optimization id (a UUID).");
        var view = await OptimizationStore.GetAsync(context.Tenant().Session, id, context.RequestAborted);
        return view is null ? ProblemResults.NotFound(context, "Optimization") : TypedResults.Ok(view);
    }
}
