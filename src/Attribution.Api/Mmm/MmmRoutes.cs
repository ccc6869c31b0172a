using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Mmm;

/// <summary>
/// <c>GET /api/admin/attribution/mmm</c> (read role): a fitted model and recent runs; <c>POST .../mmm/run</c> (write
/// role): start training (202; progress through the jobs route).
/// </summary>
public static class MmmRoutes
{
    private const string Tag = "Media mix model";

    public static ApiRoute Get { get; } = new(
        "GET", "admin/attribution/mmm", "getMmmModel", Tag,
        "The media mix model with the id, or the latest completed one (else the latest run), with the 10 most recent runs.",
        ApiAccess.Read, MmmModelEndpoint.GetAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "The model.", typeof(MmmModelView))],
        Query = [new("id", "string", "A model id from POST mmm/run; default the latest completed model.") { Format = "uuid" }],
    };

    public static ApiRoute Run { get; } = new(
        "POST", "admin/attribution/mmm/run", "runMmm", Tag,
        "Starts fitting a Bayesian media mix model on the tenant's spend and conversion revenue (202; follow statusUri).",
        ApiAccess.Write, MmmRunEndpoint.RunAsync)
    {
        RequestBody = typeof(MmmRunRequest),
        Responses = [new(StatusCodes.Status202Accepted, "Training started.", typeof(MmmRunAccepted))],
    };

    /// <summary>Where a model is read, as a job's result URI.</summary>
    public static string ModelUri(Guid modelId) => $"/api/admin/attribution/mmm?id={modelId}";
}
