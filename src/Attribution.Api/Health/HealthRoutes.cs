using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Health;

/// <summary><c>GET /api/health</c> (anonymous): 200 when PostgreSQL and Table Storage answer, else 503.</summary>
public static class HealthRoutes
{
    public static ApiRoute Get { get; } = new(
        "GET", "health", "getHealth", "Health", "Reports PostgreSQL and Table Storage reachability.", ApiAccess.Anonymous, GetAsync)
    {
        Responses =
        [
            new(StatusCodes.Status200OK, "Every dependency is reachable.", typeof(HealthReport)),
            new(StatusCodes.Status503ServiceUnavailable, "A dependency is unreachable.", typeof(HealthReport)),
        ],
    };

    private static async Task<IResult> GetAsync(HttpRequest request)
    {
        var checker = request.HttpContext.RequestServices.GetRequiredService<HealthChecker>();
        var report = await checker.CheckAsync(request.HttpContext.RequestAborted);
        return report.Status == "healthy"
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
