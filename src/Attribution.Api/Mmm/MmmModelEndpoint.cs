using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Mmm;

/// <summary>
/// <c>GET /api/admin/attribution/mmm?id</c>: the model with the id (404 when the tenant has none with it), or the latest
/// completed model, else the latest run; 404 when the tenant has never run one. Always with the 10 most recent runs.
/// </summary>
internal static class MmmModelEndpoint
{
    public const int RecentRuns = 10;

    public static async Task<IResult> GetAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var text = new QueryReader(request).String("id");
        Guid? id = null;
        if (text is not null)
        {
            id = Guid.TryParse(text, out var parsed) ? parsed : throw new ApiValidationException("id", "'id' must be a model id (a UUID).");
        }

        var session = context.Tenant().Session;
        var model = await MmmModelStore.FindAsync(session, id, context.RequestAborted);
        if (model is null)
        {
            return ProblemResults.NotFound(context, id is null ? "Media mix model (none has been run yet; POST mmm/run)" : "Media mix model");
        }

        return TypedResults.Ok(model with { RecentRuns = await MmmModelStore.RecentAsync(session, RecentRuns, context.RequestAborted) });
    }
}
