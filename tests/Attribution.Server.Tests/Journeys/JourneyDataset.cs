using System.Globalization;

namespace Attribution.Server.Tests.Journeys;

/// <summary>
/// A small seeded dataset relative to "now" (so the routes' default range, the 30 days ending today, holds it): 24
/// conversions of customers C-0..C-6 over the last 19 days plus one 45 days ago, ten touches each for C-0..C-5 over the
/// last 50 days (C-6 has none), and three touches each for non-converting visitors V-0..V-4. Every time is distinct and
/// whole seconds. The expectations of the tests are computed from it in memory.
/// </summary>
internal sealed class JourneyDataset
{
    public static readonly string[] Channels = ["direct", "organic_search", "paid_search", "paid_social", "email", "display", "referral"];

    private JourneyDataset(List<DatasetTouch> touches, List<DatasetConversion> conversions)
    {
        Touches = touches;
        Conversions = conversions;
    }

    public List<DatasetTouch> Touches { get; }

    public List<DatasetConversion> Conversions { get; }

    public static JourneyDataset Create(DateTimeOffset now, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero);
        var used = new HashSet<long>();
        var touches = new List<DatasetTouch>();
        DateTimeOffset DistinctBefore(double maxDays)
        {
            while (true)
            {
                var seconds = 60 + (long)(random.NextDouble() * maxDays * 86400);
                if (used.Add(seconds))
                {
                    return start.AddSeconds(-seconds);
                }
            }
        }

        void AddTouches(string customer, int count, double maxDays)
        {
            for (var i = 0; i < count; i++)
            {
                var channel = Channels[random.Next(Channels.Length)];
                var n = touches.Count;
                touches.Add(new DatasetTouch(
                    $"tp-{n:000}", customer, DistinctBefore(maxDays), channel, channel == "direct" ? "" : "src-" + channel,
                    channel == "direct" ? "" : "med-" + channel, $"camp-{n:000}", n % 2 == 0 ? "google" : ""));
            }
        }

        for (var c = 0; c < 6; c++)
        {
            AddTouches($"C-{c}", 10, 50);
        }

        for (var v = 0; v < 5; v++)
        {
            AddTouches($"V-{v}", 3, 25);
        }

        var conversions = new List<DatasetConversion>();
        for (var k = 0; k < 25; k++)
        {
            var at = k == 24 ? start.AddDays(-45) : start.AddSeconds(-(1800 + (k * 19 * 3600) + k));
            var customer = k % 7;
            conversions.Add(new DatasetConversion(
                $"ORD-{k:000}", $"C-{customer}", $"Buyer{customer}@Example.com", at, 10 + (k * 3.25m), "USD", k % 3 == 0));
        }

        return new JourneyDataset(touches, conversions);
    }

    /// <summary>The conversion's touches in the window (the edge counts, later touches do not), oldest first.</summary>
    public List<DatasetTouch> TouchesOf(DatasetConversion conversion, TimeSpan window) =>
        [.. Touches.Where(t => t.CustomerId == conversion.CustomerId && t.At <= conversion.At && conversion.At - t.At <= window).OrderBy(t => t.At)];

    public List<Dictionary<string, object?>> TouchpointRows() =>
    [
        .. Touches.Select(t => new Dictionary<string, object?>
        {
            ["externalId"] = t.ExternalId, ["customerId"] = t.CustomerId, ["occurredAt"] = Iso(t.At), ["channel"] = t.Channel,
            ["source"] = t.Source, ["medium"] = t.Medium, ["campaign"] = t.Campaign, ["platform"] = t.Platform,
        }),
    ];

    public List<Dictionary<string, object?>> ConversionRows() =>
    [
        .. Conversions.Select(c => new Dictionary<string, object?>
        {
            ["externalId"] = c.OrderId, ["customerId"] = c.CustomerId, ["customerEmail"] = c.Email, ["occurredAt"] = Iso(c.At),
            ["revenue"] = c.Revenue, ["currency"] = c.Currency, ["isNewCustomer"] = c.IsNew,
        }),
    ];

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
