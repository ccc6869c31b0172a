namespace Attribution.Server.Tests.Ingestion;

/// <summary>Three valid rows of each kind, with values that exercise quoting, Unicode, offsets and optional fields.</summary>
internal static class IngestSamples
{
    public static readonly string[] Kinds = ["touchpoints", "conversions", "spend", "geo-kpis"];

    public static string Table(string kind) => kind switch
    {
        "touchpoints" => "touchpoints",
        "conversions" => "conversions",
        "spend" => "ad_spend_daily",
        "geo-kpis" => "geo_kpi_daily",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The field that <see cref="Changed"/> alters in the second row.</summary>
    public static string ChangedField(string kind) => kind switch
    {
        "touchpoints" => "campaign",
        "conversions" => "revenue",
        "spend" => "spend",
        _ => "conversions",
    };

    public static List<Dictionary<string, object?>> Rows(string kind) => kind switch
    {
        "touchpoints" =>
        [
            new() { ["externalId"] = "tp-1", ["customerId"] = "c-1", ["occurredAt"] = "2026-03-01T12:00:00Z", ["channel"] = "email", ["source"] = "klaviyo", ["medium"] = "email", ["campaign"] = "spring, \"sale\"", ["region"] = "CA" },
            new() { ["externalId"] = "tp-2", ["customerId"] = "c-1", ["occurredAt"] = "2026-03-02T09:30:15.250+02:00", ["source"] = "google", ["medium"] = "cpc", ["campaign"] = "Café brand", ["platform"] = "google" },
            new() { ["externalId"] = "tp-3", ["customerId"] = "c-2", ["occurredAt"] = "2026-03-03T23:59:59-05:00", ["channel"] = "direct" },
        ],
        "conversions" =>
        [
            new() { ["externalId"] = "o-1", ["customerId"] = "c-1", ["customerEmail"] = "a@example.com", ["occurredAt"] = "2026-03-05T10:00:00Z", ["revenue"] = 120.5m, ["currency"] = "USD", ["isNewCustomer"] = true, ["region"] = "NY" },
            new() { ["externalId"] = "o-2", ["customerId"] = "c-2", ["occurredAt"] = "2026-03-05T11:00:00+01:00", ["revenue"] = 0m, ["currency"] = "EUR", ["isNewCustomer"] = false },
            new() { ["externalId"] = "o-3", ["customerId"] = "c-1", ["occurredAt"] = "2026-03-06T08:00:00Z", ["revenue"] = 99.99m, ["currency"] = "USD", ["isNewCustomer"] = false, ["region"] = "DC" },
        ],
        "spend" =>
        [
            new() { ["date"] = "2026-03-01", ["channel"] = "paid_search", ["platform"] = "google", ["spend"] = 1500.25m, ["impressions"] = 100000L, ["clicks"] = 2500L },
            new() { ["date"] = "2026-03-01", ["channel"] = "paid_social", ["platform"] = "meta", ["region"] = "TX", ["spend"] = 800m },
            new() { ["date"] = "2026-03-02", ["channel"] = "paid_search", ["platform"] = "google", ["spend"] = 1450m, ["impressions"] = 95000L, ["clicks"] = 2400L },
        ],
        "geo-kpis" =>
        [
            new() { ["date"] = "2026-03-01", ["region"] = "CA", ["revenue"] = 10500.75m, ["conversions"] = 120 },
            new() { ["date"] = "2026-03-01", ["region"] = "NY", ["revenue"] = 8000m, ["conversions"] = 90 },
            new() { ["date"] = "2026-03-02", ["region"] = "CA", ["revenue"] = 9900m, ["conversions"] = 101 },
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The rows with the second row's <see cref="ChangedField"/> altered.</summary>
    public static List<Dictionary<string, object?>> Changed(string kind)
    {
        var rows = Rows(kind);
        rows[1][ChangedField(kind)] = kind == "touchpoints" ? "changed" : kind == "geo-kpis" ? 91 : 7.5m;
        return rows;
    }

    public static IEnumerable<object[]> KindsAndFormats() =>
        Kinds.SelectMany(kind => IngestBodies.Formats.Select(format => new object[] { kind, format }));
}
