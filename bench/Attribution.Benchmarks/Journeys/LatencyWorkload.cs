using System.Globalization;
using Attribution.Analytics.Journeys;

namespace Attribution.Benchmarks.Journeys;

/// <summary>
/// The request mix of one client, seeded: four date ranges ending on the data's last day (the last 30, 7 and 90 days, and
/// the 30 days a year earlier) times the windows 30d (60%), 7d (20%) and 90d (20%); 40% first pages, 30% the next page of
/// the client's previous page (a first page when there is none), 10% one customer type, 10% one channel, 10% a search
/// (an exact order id, an exact email, or the first name part of an email as a prefix). Pages of 50.
/// </summary>
internal sealed class LatencyWorkload(JourneySamples samples, int seed)
{
    private const string Route = "/api/admin/attribution/journeys";
    private readonly Random _random = new(seed);
    private (string Base, string Cursor)? _next;

    /// <summary>Every (range, window) base query: the models a warm-up fits.</summary>
    public static IEnumerable<string> Bases(JourneySamples samples) =>
        from range in Ranges(samples.LastDay) from window in new[] { "30d", "7d", "90d" } select Base(range, window);

    public string NextPath()
    {
        var roll = _random.NextDouble();
        if (roll is >= 0.4 and < 0.7 && _next is { } next)
        {
            _next = null;
            return $"{next.Base}&limit=50&cursor={next.Cursor}";
        }

        var ranges = Ranges(samples.LastDay);
        var windowRoll = _random.NextDouble();
        var query = Base(ranges[_random.Next(ranges.Count)], windowRoll < 0.6 ? "30d" : windowRoll < 0.8 ? "7d" : "90d");
        return roll switch
        {
            < 0.7 => $"{query}&limit=50",
            < 0.8 => $"{query}&limit=50&customerType={(_random.Next(2) == 0 ? "new" : "returning")}",
            < 0.9 => $"{query}&limit=50&channel={ChannelGrouping.All[_random.Next(ChannelGrouping.All.Count)]}",
            _ => $"{query}&limit=50&search={Uri.EscapeDataString(samples.Search(_random))}",
        };
    }

    /// <summary>Remembers a page's nextCursor for a later "next page" request.</summary>
    public void Followed(string path, string? nextCursor)
    {
        var at = path.IndexOf("&limit=", StringComparison.Ordinal);
        _next = nextCursor is null || at < 0 ? null : (path[..at], nextCursor);
    }

    private static List<(DateOnly From, DateOnly To)> Ranges(DateOnly last) =>
        [(last.AddDays(-29), last), (last.AddDays(-6), last), (last.AddDays(-89), last), (last.AddDays(-394), last.AddDays(-365))];

    private static string Base((DateOnly From, DateOnly To) range, string window) =>
        string.Create(CultureInfo.InvariantCulture, $"{Route}?window={window}&from={range.From:yyyy-MM-dd}&to={range.To:yyyy-MM-dd}");
}
