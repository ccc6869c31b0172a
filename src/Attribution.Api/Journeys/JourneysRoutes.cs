using Attribution.Analytics.Journeys;
using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Journeys;

/// <summary>
/// <c>GET /api/admin/attribution/journeys</c> (list), <c>journeys/{id}</c> (one journey) and <c>journeys/paths</c>
/// (path analysis), read role. A journey is one conversion and the customer's touchpoints in the window before it.
/// </summary>
public static class JourneysRoutes
{
    private const string Tag = "Journeys";

    // The shared parameters come first: static initializers run in textual order.
    private static ApiParameter Window { get; } =
        new("window", "string", "Attribution window: touches at most this long before the conversion count (the edge included).")
        {
            Enum = [.. AttributionWindow.All.Select(w => w.Key)],
            Default = AttributionWindow.Default.Key,
        };

    private static ApiParameter From { get; } =
        new("from", "string", "First UTC day of the conversions (inclusive); default 29 days before 'to'.") { Format = "date" };

    private static ApiParameter To { get; } =
        new("to", "string", "Last UTC day of the conversions (inclusive, at most 3 years after 'from'); default today.") { Format = "date" };

    private static ApiParameter CustomerType { get; } =
        new("customerType", "string", "New or returning customers only, or all.") { Enum = JourneyFilters.CustomerTypes, Default = "all" };

    public static ApiRoute List { get; } = new(
        "GET", "admin/attribution/journeys", "listJourneys", Tag,
        "Journeys of the date range, newest conversion first, each touch credited under the seven attribution models.",
        ApiAccess.Read, JourneysEndpoint.ListAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "A page of journeys.", typeof(JourneyPage))],
        Query =
        [
            Window, From, To, CustomerType,
            new("search", "string",
                "Case-insensitive prefix of the order id, customer id or customer email (an exact id matches too); at most 200 characters."),
            new("channel", "string", "Only journeys with a touch in this channel (default channel grouping).") { Enum = ChannelGrouping.All },
            new("limit", "integer", "Page size.") { Minimum = 1, Maximum = 200, Default = "50" },
            new("cursor", "string", "The nextCursor of the previous page, unchanged."),
        ],
    };

    public static ApiRoute Get { get; } = new(
        "GET", "admin/attribution/journeys/{id:long}", "getJourney", Tag,
        "One journey (by conversion id) with full touchpoint detail; from/to pick the data-driven model as on the list.",
        ApiAccess.Read, JourneysEndpoint.GetAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "The journey.", typeof(JourneyView))],
        Query = [Window, From with { Description = From.Description + " Selects the data-driven model only." }, To],
    };

    public static ApiRoute Paths { get; } = new(
        "GET", "admin/attribution/journeys/paths", "getJourneyPaths", Tag,
        "Path analysis of every conversion in the range: path lengths, time lags, top paths, channel credits per model, assists and the Markov model.",
        ApiAccess.Read, JourneysEndpoint.PathsAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "The path analysis.", typeof(PathAnalysisResult))],
        Query = [Window, From, To, CustomerType, new("top", "integer", "How many top paths.") { Minimum = 1, Maximum = JourneysEndpoint.MaxTop, Default = "10" }],
    };
}
