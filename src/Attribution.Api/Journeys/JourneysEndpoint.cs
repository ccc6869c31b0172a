using System.Globalization;
using System.Text.Json;
using Attribution.Analytics.Journeys;
using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Journeys;

/// <summary>The handlers of <see cref="JourneysRoutes"/>.</summary>
internal static class JourneysEndpoint
{
    public const int MaxTop = 100;
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Says whether the list page came from <see cref="JourneyPageCache"/> (<c>hit</c>) or was built (<c>miss</c>).</summary>
    public const string CacheHeader = "X-Cache";

    /// <summary>
    /// Takes the tenant's data version first (<see cref="JourneyVersionCache"/>: at most one small query a second); a page
    /// already built at that version for the same filters, cursor and limit is served from <see cref="JourneyPageCache"/>,
    /// else it is read, credited and cached.
    /// </summary>
    public static async Task<IResult> ListAsync(HttpRequest request)
    {
        var (context, query) = (request.HttpContext, new QueryReader(request));
        var filters = JourneyFilters.ReadListFilters(query, Time(context));
        var limit = query.Int("limit", 50, 1, 200);
        var cursor = query.String(JourneyCursor.Parameter) is { } text ? JourneyCursor.Decode(text) : null;
        var session = context.Tenant().Session;
        var version = await context.RequestServices.GetRequiredService<JourneyVersionCache>().GetAsync(session, context.RequestAborted);
        var pages = context.RequestServices.GetRequiredService<JourneyPageCache>();
        var key = new JourneyPageKey(session.TenantId, version, filters, cursor, limit);
        var hit = pages.TryGet(key, out var page);
        context.Response.Headers[CacheHeader] = hit ? "hit" : "miss";
        if (!hit)
        {
            var options = AttributionOptions.Default;
            var (journeys, more) = await JourneyStore.PageAsync(session, filters, cursor, limit, context.RequestAborted);
            var model = await context.RequestServices.GetRequiredService<JourneyModels>().GetAsync(session, filters.Range, options, version, context.RequestAborted);
            var items = journeys.ConvertAll(j => JourneyViews.Build(j, model, options));
            var next = more ? new JourneyCursor(journeys[^1].ConvertedAt, journeys[^1].Id).Encode() : null;
            page = JsonSerializer.SerializeToUtf8Bytes(new JourneyPage(items, next), JourneyJsonContext.Default.JourneyPage);
            pages.Set(key, page);
        }

        return TypedResults.Bytes(page, JsonContentType);
    }

    public static async Task<IResult> GetAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var id = JourneyId(request);
        var range = JourneyFilters.ReadRange(new QueryReader(request), Time(context));
        var session = context.Tenant().Session;
        var stored = await JourneyStore.FindAsync(session, id, range.Window, context.RequestAborted);
        if (stored is null)
        {
            return ProblemResults.NotFound(context, "Journey");
        }

        var options = AttributionOptions.Default;
        var model = await context.RequestServices.GetRequiredService<JourneyModels>().GetAsync(session, range, options, null, context.RequestAborted);
        return TypedResults.Json(JourneyViews.Build(stored, model, options), JourneyJsonContext.Default.JourneyView);
    }

    public static async Task<IResult> PathsAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        var filters = JourneyFilters.ReadPathFilters(request, Time(context));
        var top = new QueryReader(request).Int("top", 10, 1, MaxTop);
        var session = context.Tenant().Session;
        var converting = await JourneyStore.JourneysAsync(session, filters, context.RequestAborted);
        var nonConverting = new List<IReadOnlyList<string>>();
        foreach (var path in await JourneyModels.ReadNonConvertingPathsAsync(session, filters.Range, context.RequestAborted))
        {
            for (var i = 0; i < path.Nulls; i++)
            {
                nonConverting.Add(path.Channels);
            }
        }

        return TypedResults.Ok(PathAnalysis.Compute(converting, nonConverting, AttributionOptions.Default, top));
    }

    private static TimeProvider Time(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>();

    /// <summary>The <c>{id}</c> as a conversion id.</summary>
    private static long JourneyId(HttpRequest request)
    {
        return long.TryParse(RouteIds.Text(request), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new ApiValidationException("id", "'id' must be a positive whole number (a conversion id).");
    }
}
