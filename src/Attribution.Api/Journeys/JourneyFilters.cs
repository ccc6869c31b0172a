using Attribution.Analytics.Journeys;
using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Journeys;

/// <summary>
/// The query parameters of the journeys routes, validated: every bad value is a 400 naming its parameter.
/// <c>from</c> / <c>to</c> are UTC days (inclusive) of the conversion time, by default the 30 days ending today;
/// <c>from</c> must not be after <c>to</c> and the range may span at most three years.
/// </summary>
public sealed record JourneyFilters(JourneyRange Range, bool? NewCustomers, string? Search, string? Channel)
{
    public const int MaxSearchLength = 200;
    public const int DefaultDays = 30;
    public const int MaxYears = 3;
    public static IReadOnlyList<string> CustomerTypes { get; } = ["all", "new", "returning"];

    /// <summary>window, from and to.</summary>
    public static JourneyRange ReadRange(QueryReader query, TimeProvider time)
    {
        var window = query.OneOf("window", [.. AttributionWindow.All.Select(w => w.Key)]) is { } key
            ? AttributionWindow.TryParse(key)!
            : AttributionWindow.Default;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var given = (From: query.Date("from"), To: query.Date("to"));
        var to = given.To ?? today;
        var from = given.From ?? to.AddDays(1 - DefaultDays);
        var field = given.From is null ? "to" : "from";
        if (from > to)
        {
            throw new ApiValidationException(field, $"'from' ({from:yyyy-MM-dd}) must be on or before 'to' ({to:yyyy-MM-dd}).");
        }

        return to > from.AddYears(MaxYears).AddDays(-1)
            ? throw new ApiValidationException(field, $"The range 'from'-'to' may span at most {MaxYears} years.")
            : new JourneyRange(window, from, to);
    }

    /// <summary>window, from, to and customerType (the path analysis route).</summary>
    public static JourneyFilters ReadPathFilters(HttpRequest request, TimeProvider time)
    {
        var query = new QueryReader(request);
        return new JourneyFilters(ReadRange(query, time), ReadCustomerType(query), null, null);
    }

    /// <summary>Everything the list route filters by.</summary>
    public static JourneyFilters ReadListFilters(QueryReader query, TimeProvider time)
    {
        var range = ReadRange(query, time);
        var customers = ReadCustomerType(query);
        var search = query.String("search")?.Trim();
        if (search is { Length: > MaxSearchLength })
        {
            throw new ApiValidationException("search", $"'search' may be at most {MaxSearchLength} characters.");
        }

        var channel = query.OneOf("channel", ChannelGrouping.All);
        return new JourneyFilters(range, customers, search, channel);
    }

    private static bool? ReadCustomerType(QueryReader query) => query.OneOf("customerType", CustomerTypes) switch
    {
        "new" => true,
        "returning" => false,
        _ => null,
    };
}
