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

    private static Guid JobId(HttpRequest request) => RouteIds.Guid(request, "'id' must be a UUID.");
}
