using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Jobs;

/// <summary><c>GET /api/admin/attribution/jobs/{id}</c>: a job's status and progress; 404 for unknown ids and other tenants' jobs.</summary>
public static class JobsRoutes
{
    public static ApiRoute Get { get; } = new(
        "GET", "admin/attribution/jobs/{id:guid}", "getJob", "Jobs", "Status and progress of a long-running job.", ApiAccess.Read, GetAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "The job.", typeof(JobStatus))],
    };

    /// <summary>The route that reports a job, as handed out in <see cref="JobTicket.StatusUri"/>.</summary>
    public static string StatusUri(Guid jobId) => $"/api/admin/attribution/jobs/{jobId}";

    private static async Task<IResult> GetAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var port = context.RequestServices.GetRequiredService<IJobPort>();
        var job = await port.GetAsync(context.Tenant().Session, JobId(request), context.RequestAborted);
        return job is null ? ProblemResults.NotFound(context, "Job") : TypedResults.Ok(job);
    }

    /// <summary>The <c>{id}</c> route value (or, where a host does not fill route values, the last path segment).</summary>
    private static Guid JobId(HttpRequest request)
    {
        var text = request.RouteValues.TryGetValue("id", out var value) && value is string routeValue
            ? routeValue
            : request.Path.Value?.TrimEnd('/').Split('/')[^1];
        return Guid.TryParse(text, out var id) ? id : throw new ApiValidationException("id", "'id' must be a UUID.");
    }
}
