using System.Globalization;
using System.Text.Json;
using Attribution.Analytics.Optimization;
using Attribution.Api.Http;
using Attribution.Api.Jobs;
using Attribution.Api.Mmm;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Optimization;

/// <summary>
/// <c>POST /api/admin/attribution/mmm/optimize</c>: <c>totalBudget</c> is the spend over the horizon
/// (<c>horizonWeeks</c>, default 13); <c>target</c> the ROI or marginal ROI of the target scenarios; <c>constraints</c>
/// per channel <c>{min, max, locked}</c> over the horizon (default: +-30% around the current allocation scaled to the
/// budget); <c>budgetLevels</c> the frontier's levels (default 21, from 50% to 150% of current spend); <c>modelId</c>
/// default the latest completed model.
/// </summary>
public sealed record OptimizeRequest(
    double TotalBudget,
    BudgetScenario Scenario,
    Guid? ModelId = null,
    double? HorizonWeeks = null,
    double? Target = null,
    IReadOnlyDictionary<string, ChannelConstraint>? Constraints = null,
    int? BudgetLevels = null);

/// <summary>
/// Answers 200 with the result when it is ready within <see cref="ApiSettings.OptimizeInlineSeconds"/> (20 s), else
/// hands the same work to a job and answers 202; infeasible constraints are a 400 naming the constraint.
/// </summary>
internal static class OptimizeEndpoint
{
    public const double DefaultHorizonWeeks = 13;

    public static async Task<IResult> OptimizeAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var body = await JsonBody.ReadAsync<OptimizeRequest>(request);
        Validate(body);
        var session = context.Tenant().Session;
        var model = await MmmPosteriors.ResolveAsync(session, body.ModelId, context.RequestAborted);
        if (model is not { } found)
        {
            return ProblemResults.NotFound(context, body.ModelId is null ? "Completed media mix model (run one with POST mmm/run)" : "Media mix model");
        }

        if (found.Status != "completed")
        {
            return ProblemResults.ForStatus(context, StatusCodes.Status409Conflict, $"Model {found.Id} is {found.Status}; only a completed model can be optimized.");
        }

        var input = new OptimizationInput(session.TenantId, found.Id, new BudgetRequest(body.TotalBudget, body.Scenario, body.Target, body.Constraints),
            body.HorizonWeeks ?? DefaultHorizonWeeks, null, body.BudgetLevels ?? BudgetFrontier.DefaultCount);
        var inline = InlineTime(context);
        if (inline > TimeSpan.Zero)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            deadline.CancelAfter(inline);
            try
            {
                return TypedResults.Ok(await MmmOptimization.RunAsync(new SessionWork(session), input, deadline.Token));
            }
            catch (BudgetInfeasibleException error)
            {
                throw new ApiValidationException(error.Constraint, error.Message);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                // Not ready in time: the job does the same work.
            }
        }

        var id = Guid.NewGuid();
        await OptimizationStore.InsertAsync(session, id, input, context.RequestAborted);
        var port = context.RequestServices.GetRequiredService<IJobPort>();
        var ticket = await port.StartAsync(session, OptimizationJob.JobKind, JsonSerializer.SerializeToElement(new OptimizationJobInput(id), ApiJson.Options), context.RequestAborted);
        await OptimizationStore.SetJobAsync(session, id, ticket.JobId, context.RequestAborted);
        return TypedResults.Accepted(ticket.StatusUri, new OptimizationAccepted(id, ticket.JobId, ticket.Status, ticket.StatusUri, OptimizationRoutes.ResultUri(id)));
    }

    private static void Validate(OptimizeRequest body)
    {
        if (!(body.TotalBudget > 0 && double.IsFinite(body.TotalBudget)))
        {
            throw new ApiValidationException("totalBudget", "'totalBudget' must be a positive number (the spend over the horizon).");
        }

        if (body.HorizonWeeks is { } weeks && !(weeks is >= 1 and <= 156))
        {
            throw new ApiValidationException("horizonWeeks", "'horizonWeeks' must be between 1 and 156.");
        }

        if (body.BudgetLevels is { } levels && levels is < 2 or > 101)
        {
            throw new ApiValidationException("budgetLevels", "'budgetLevels' must be between 2 and 101.");
        }

        if (body.Scenario != BudgetScenario.FixedBudget && body.Target is null)
        {
            throw new ApiValidationException("target", $"The '{JsonNamingPolicy.CamelCase.ConvertName(body.Scenario.ToString())}' scenario needs a 'target'.");
        }
    }

    private static TimeSpan InlineTime(HttpContext context)
    {
        var text = context.RequestServices.GetRequiredService<IConfiguration>()[ApiSettings.OptimizeInlineSeconds];
        return text is null
            ? TimeSpan.FromSeconds(20)
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
                ? TimeSpan.FromSeconds(seconds)
                : throw new InvalidOperationException($"'{ApiSettings.OptimizeInlineSeconds}' must be a non-negative number of seconds, not '{text}'.");
    }
}
