using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Incrementality;

/// <summary>The handlers of <see cref="IncrementalityRoutes"/>: the experiment lifecycle.</summary>
internal static class ExperimentsEndpoint
{
    public const int DefaultPreTestDays = 14;

    public static async Task<IResult> ListAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var query = new QueryReader(request);
        var status = query.OneOf("status", [.. ExperimentStatuses.All]);
        var limit = query.Int("limit", 50, 1, 200);
        var cursor = query.String("cursor") is { } text ? ExperimentCursor.Decode(text) : null;
        var rows = await ExperimentStore.PageAsync(context.Tenant().Session, status, cursor, limit + 1, Today(context), context.RequestAborted);
        var more = rows.Count > limit;
        var items = more ? rows[..limit] : rows;
        return TypedResults.Ok(new ExperimentPage(items, more ? new ExperimentCursor(items[^1].CreatedAt, items[^1].Id).Encode() : null));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var body = await JsonBody.ReadAsync<CreateExperimentRequest>(request);
        var fields = ExperimentValidator.Validate(new ExperimentFields(
            body.Name, body.Platform, body.TestRegions, body.ControlRegions ?? [], body.StartDate, body.EndDate,
            body.PreTestDays ?? DefaultPreTestDays, body.BudgetEstimate));
        var created = await ExperimentStore.InsertAsync(context.Tenant().Session, Guid.NewGuid(), fields, Today(context), context.RequestAborted);
        return TypedResults.Created($"/api/admin/attribution/incrementality/{created.Id}", created);
    }

    public static async Task<IResult> GetAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var found = await ExperimentStore.GetAsync(context.Tenant().Session, Id(request), Today(context), forUpdate: false, context.RequestAborted);
        return found is null ? ProblemResults.NotFound(context, "Experiment") : TypedResults.Ok(found);
    }

    public static async Task<IResult> PatchAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var id = Id(request);
        var body = await JsonBody.ReadAsync<PatchExperimentRequest>(request);
        var session = context.Tenant().Session;
        var current = await ExperimentStore.GetAsync(session, id, Today(context), forUpdate: true, context.RequestAborted);
        if (current is null)
        {
            return ProblemResults.NotFound(context, "Experiment");
        }

        if (body.Status is { } wanted && !ExperimentStatuses.All.Contains(wanted))
        {
            throw new ApiValidationException("status", $"'status' must be one of {string.Join(", ", ExperimentStatuses.All)}.");
        }

        if (body.EditsFields && current.Status != ExperimentStatuses.Draft)
        {
            return Conflict(context, $"The experiment is {current.Status}; only a draft can be edited.");
        }

        var status = body.Status ?? current.Status;
        if (!ExperimentStatuses.CanMove(current.Status, status))
        {
            var allowed = ExperimentStatuses.From(current.Status);
            return Conflict(context, $"An experiment cannot go from {current.Status} to {status}"
                + (allowed.Count == 0 ? $" ({current.Status} is final)." : $"; from {current.Status} it can go to {string.Join(", ", allowed)}."));
        }

        var fields = ExperimentValidator.Validate(new ExperimentFields(
            body.Name ?? current.Name, body.Platform ?? current.Platform, body.TestRegions ?? current.TestRegions,
            body.ControlRegions ?? current.ControlRegions, body.StartDate ?? current.StartDate, body.EndDate ?? current.EndDate,
            body.PreTestDays ?? current.PreTestDays, body.BudgetEstimate ?? current.BudgetEstimate));
        return TypedResults.Ok(await ExperimentStore.UpdateAsync(session, id, fields, status, Today(context), context.RequestAborted));
    }

    public static async Task<IResult> DeleteAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var id = Id(request);
        var session = context.Tenant().Session;
        var current = await ExperimentStore.GetAsync(session, id, Today(context), forUpdate: true, context.RequestAborted);
        if (current is null)
        {
            return ProblemResults.NotFound(context, "Experiment");
        }

        if (!ExperimentStatuses.CanDelete(current.Status))
        {
            return Conflict(context, $"The experiment is {current.Status}; only a draft or a cancelled experiment can be deleted (cancel it first).");
        }

        await ExperimentStore.DeleteAsync(session, id, context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static IResult Conflict(HttpContext context, string detail) => ProblemResults.ForStatus(context, StatusCodes.Status409Conflict, detail);

    private static DateOnly Today(HttpContext context) =>
        DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private static Guid Id(HttpRequest request) => RouteIds.Guid(request, "'id' must be an experiment id (a UUID).");
}
