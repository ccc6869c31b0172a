using System.Globalization;
using System.Text;

namespace Attribution.Benchmarks.Ingestion;

/// <summary>
/// Deterministic (seeded) touchpoints as request bodies: unique random-looking external ids, 200k customers, 90 days,
/// half with an explicit channel and half left to the channel grouping, most with a region.
/// </summary>
internal sealed class TouchpointGenerator(int seed)
{
    private static readonly string[] Channels =
        ["direct", "organic_search", "paid_search", "paid_social", "organic_social", "email", "sms", "affiliate", "referral", "display", "video"];

    private static readonly (string Source, string Medium)[] SourceMedium =
    [
        ("google", "cpc"), ("google", "organic"), ("bing", "cpc"), ("facebook", "paid"), ("instagram", "social"),
        ("klaviyo", "email"), ("attentive", "sms"), ("partner", "affiliate"), ("blog.example.com", "referral"),
        ("youtube", "cpv"), ("(direct)", "(none)"), ("adnetwork", "display"),
    ];

    private static readonly string[] Regions =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
        "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
        "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "",
    ];

    private static readonly string[] Platforms = ["google", "meta", "tiktok", ""];
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Columns = ["externalId", "customerId", "occurredAt", "channel", "source", "medium", "campaign", "platform", "region"];

    private readonly Random _random = new(seed);

    /// <summary>The bodies of <paramref name="rows"/> touchpoints, <paramref name="perBody"/> rows each.</summary>
    public List<byte[]> Bodies(int rows, int perBody, string format)
    {
        var bodies = new List<byte[]>();
        for (var first = 0; first < rows; first += perBody)
        {
            var text = new StringBuilder(perBody * 220);
            if (format == "csv")
            {
                text.Append(string.Join(',', Columns)).Append('\n');
            }

            var count = Math.Min(perBody, rows - first);
            for (var i = 0; i < count; i++)
            {
                Append(text, Next(first + i), format, i == 0);
            }

            if (format == "json")
            {
                text.Insert(0, '[').Append(']');
            }

            bodies.Add(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return bodies;
    }

    private string[] Next(int index)
    {
        var (source, medium) = SourceMedium[_random.Next(SourceMedium.Length)];
        var explicitChannel = _random.Next(2) == 0;
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"tp-{_random.NextInt64():x16}-{index}"),
            string.Create(CultureInfo.InvariantCulture, $"c-{_random.Next(200_000)}"),
            Start.AddSeconds(_random.Next(90 * 86_400)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            explicitChannel ? Channels[_random.Next(Channels.Length)] : "",
            source,
            medium,
            string.Create(CultureInfo.InvariantCulture, $"campaign-{_random.Next(50)}"),
            Platforms[_random.Next(Platforms.Length)],
            Regions[_random.Next(Regions.Length)],
        ];
    }

    private static void Append(StringBuilder text, string[] values, string format, bool first)
    {
        if (format == "csv")
        {
            text.Append(string.Join(',', values)).Append('\n');
            return;
        }

        if (format == "json" && !first)
        {
            text.Append(',');
        }

        text.Append('{');
        var written = 0;
        for (var i = 0; i < Columns.Length; i++)
        {
            if (values[i].Length == 0)
            {
                continue;
            }

            text.Append(written++ == 0 ? "\"" : ",\"").Append(Columns[i]).Append("\":\"").Append(values[i]).Append('"');
        }

        text.Append(format == "ndjson" ? "}\n" : "}");
    }
}
