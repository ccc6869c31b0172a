using Attribution.Analytics.Mmm;
using Attribution.Api.Http;
using Attribution.Api.Jobs;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Mmm;

/// <summary>
/// <c>POST /api/admin/attribution/mmm/run</c>: the channels (each with spend in the range), the range, and optionally the
/// granularity (weekly), chains (4), draws (1,000), warm-up (the draws) and seed (derived from the model id when absent,
/// and stored, so a run can be repeated exactly).
/// </summary>
public sealed record MmmRunRequest(
    IReadOnlyList<string> Channels,
    DateOnly DateRangeStart,
    DateOnly DateRangeEnd,
    MmmGranularity? Granularity = null,
    int? Chains = null,
    int? Draws = null,
    int? Warmup = null,
    long? Seed = null);

/// <summary>
/// Validates the request against the tenant's data (a 400 names the field: unknown channel, empty range, too few weeks,
/// constant spend), freezes the dataset on a queued model row and starts the training job in the same transaction;
/// answers 202 with the model and job ids.
/// </summary>
internal static class MmmRunEndpoint
{
    public const int MinChains = 2;
    public const int MaxChains = 16;
    public const int MinDraws = 100;
    public const int MaxDraws = 10_000;

    public static async Task<IResult> RunAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var body = await JsonBody.ReadAsync<MmmRunRequest>(request);
        var config = Validate(body, Guid.NewGuid(), out var modelId);
        var session = context.Tenant().Session;
        var channels = body.Channels.Select(c => c.Trim()).ToList();
        var known = await MmmDatasetBuilder.ChannelsWithSpendAsync(session, body.DateRangeStart, body.DateRangeEnd, context.RequestAborted);
        if (channels.FirstOrDefault(c => !known.Contains(c, StringComparer.Ordinal)) is { } unknown)
        {
            throw new ApiValidationException("channels", known.Count == 0
                ? "The tenant has no spend in the range."
                : $"'{unknown}' has no spend in the range; channels with spend: {string.Join(", ", known)}.");
        }

        var granularity = body.Granularity ?? MmmGranularity.Weekly;
        var dataset = await MmmDatasetBuilder.BuildAsync(session, channels, body.DateRangeStart, body.DateRangeEnd, granularity, context.RequestAborted);
        try
        {
            MmmFitter.Prepare(dataset, MmmTraining.Options(config));
        }
        catch (MmmInputException error)
        {
            throw new ApiValidationException(RequestField(error.Field), error.Message);
        }

        await MmmModelStore.InsertAsync(session, modelId, dataset, body.DateRangeStart, body.DateRangeEnd, config, context.RequestAborted);
        var port = context.RequestServices.GetRequiredService<IJobPort>();
        var input = System.Text.Json.JsonSerializer.SerializeToElement(new MmmJobInput(modelId), ApiJson.Options);
        var ticket = await port.StartAsync(session, MmmTrainingJob.JobKind, input, context.RequestAborted);
        await MmmModelStore.SetJobAsync(session, modelId, ticket.JobId, context.RequestAborted);
        return TypedResults.Accepted(ticket.StatusUri, new MmmRunAccepted(modelId, ticket.JobId, ticket.Status, ticket.StatusUri));
    }

    private static MmmRunConfig Validate(MmmRunRequest body, Guid id, out Guid modelId)
    {
        modelId = id;
        if (body.Channels is not { Count: > 0 } || body.Channels.Any(string.IsNullOrWhiteSpace))
        {
            throw new ApiValidationException("channels", "Name at least one channel, none of them empty.");
        }

        if (body.Channels.Count != body.Channels.Distinct(StringComparer.Ordinal).Count())
        {
            throw new ApiValidationException("channels", "A channel is named twice.");
        }

        if (body.DateRangeStart >= body.DateRangeEnd)
        {
            throw new ApiValidationException("dateRangeEnd", "'dateRangeEnd' must be after 'dateRangeStart'.");
        }

        var chains = body.Chains ?? 4;
        var draws = body.Draws ?? 1000;
        var warmup = body.Warmup ?? draws;
        Check(chains is >= MinChains and <= MaxChains, "chains", $"'chains' must be between {MinChains} and {MaxChains}.");
        Check(draws is >= MinDraws and <= MaxDraws, "draws", $"'draws' must be between {MinDraws} and {MaxDraws}.");
        Check(warmup is >= MinDraws and <= MaxDraws, "warmup", $"'warmup' must be between {MinDraws} and {MaxDraws}.");
        Check(body.Seed is null or >= 0, "seed", "'seed' must not be negative.");
        var seed = body.Seed ?? (BitConverter.ToInt64(id.ToByteArray()) & long.MaxValue);
        return new MmmRunConfig(chains, draws, warmup, seed);
    }

    /// <summary>The request field behind an engine validation message.</summary>
    private static string RequestField(string engineField) => engineField switch
    {
        "spend" or "channels" => "channels",
        "periods" or "target" => "dateRangeStart",
        "chains" or "draws" or "warmup" or "seed" => engineField,
        _ => "body",
    };

    private static void Check(bool valid, string field, string message)
    {
        if (!valid)
        {
            throw new ApiValidationException(field, message);
        }
    }
}
