using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Incrementality;

/// <summary>
/// The geo experiment lifecycle under <c>/api/admin/attribution/incrementality</c>: list (read), create (write, 201 with
/// Location), get (read), patch (write: edits in draft, status transitions) and delete (write: draft or cancelled).
/// </summary>
public static class IncrementalityRoutes
{
    private const string Tag = "Incrementality";
    private const string Collection = "admin/attribution/incrementality";
    private const string Item = "admin/attribution/incrementality/{id:guid}";

    public static ApiRoute List { get; } = new("GET", Collection, "listExperiments", Tag, "Geo experiments, newest first.", ApiAccess.Read, ExperimentsEndpoint.ListAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "A page of experiments.", typeof(ExperimentPage))],
        Query =
        [
            new("status", "string", "Only experiments with this status.") { Enum = ExperimentStatuses.All },
            new("limit", "integer", "Page size.") { Minimum = 1, Maximum = 200, Default = "50" },
            new("cursor", "string", "The nextCursor of the previous page, unchanged."),
        ],
    };

    public static ApiRoute Create { get; } = new("POST", Collection, "createExperiment", Tag, "Creates a geo experiment (a draft).", ApiAccess.Write, ExperimentsEndpoint.CreateAsync)
    {
        RequestBody = typeof(CreateExperimentRequest),
        Responses = [new(StatusCodes.Status201Created, "The experiment.", typeof(ExperimentView))],
    };

    public static ApiRoute Get { get; } = new("GET", Item, "getExperiment", Tag, "One geo experiment with its progress, design and results.", ApiAccess.Read, ExperimentsEndpoint.GetAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "The experiment.", typeof(ExperimentView))],
    };

    public static ApiRoute Patch { get; } = new("PATCH", Item, "updateExperiment", Tag, "Edits a draft or moves an experiment to another status (409 when not allowed).", ApiAccess.Write, ExperimentsEndpoint.PatchAsync)
    {
        RequestBody = typeof(PatchExperimentRequest),
        Responses = [new(StatusCodes.Status200OK, "The experiment.", typeof(ExperimentView))],
    };

    public static ApiRoute Delete { get; } = new("DELETE", Item, "deleteExperiment", Tag, "Deletes a draft or cancelled experiment (409 otherwise).", ApiAccess.Write, ExperimentsEndpoint.DeleteAsync)
    {
        Responses = [new(StatusCodes.Status204NoContent, "Deleted.")],
    };
}
