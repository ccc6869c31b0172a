using Attribution.Api.Ingestion.Parsing;
using Attribution.Api.Ingestion.Sql;

namespace Attribution.Api.Ingestion;

/// <summary>The four kinds of ingested rows (DESIGN.md section 3, tables of V0002__ingestion.sql).</summary>
internal static class IngestKinds
{
    public static IngestKind Touchpoints { get; } = new()
    {
        Name = "touchpoints",
        Fields =
        [
            new("externalId", FieldType.Text, Required: true),
            new("customerId", FieldType.Text, Required: true),
            new("occurredAt", FieldType.Timestamp, Required: true),
            new("channel", FieldType.Channel, Required: false),
            new("source", FieldType.Text, Required: false),
            new("medium", FieldType.Text, Required: false),
            new("campaign", FieldType.Text, Required: false),
            new("platform", FieldType.Text, Required: false),
            new("region", FieldType.Region, Required: false),
        ],
        Staging = TouchpointsSql.Staging,
        Copy = TouchpointsSql.Copy,
        Upsert = TouchpointsSql.Upsert,
        Derivation = new(Channel: 3, Source: 4, Medium: 5),
    };

    public static IngestKind Conversions { get; } = new()
    {
        Name = "conversions",
        Fields =
        [
            new("externalId", FieldType.Text, Required: true),
            new("customerId", FieldType.Text, Required: true),
            new("customerEmail", FieldType.Text, Required: false),
            new("occurredAt", FieldType.Timestamp, Required: true),
            new("revenue", FieldType.Money, Required: true),
            new("currency", FieldType.Currency, Required: true),
            new("isNewCustomer", FieldType.Boolean, Required: true),
            new("region", FieldType.Region, Required: false),
        ],
        Staging = ConversionsSql.Staging,
        Copy = ConversionsSql.Copy,
        Upsert = ConversionsSql.Upsert,
    };

    public static IngestKind Spend { get; } = new()
    {
        Name = "spend",
        Fields =
        [
            new("date", FieldType.Date, Required: true),
            new("channel", FieldType.Channel, Required: true),
            new("platform", FieldType.Text, Required: false),
            new("region", FieldType.Region, Required: false),
            new("spend", FieldType.Money, Required: true),
            new("impressions", FieldType.Count, Required: false),
            new("clicks", FieldType.Count, Required: false),
        ],
        Staging = SpendSql.Staging,
        Copy = SpendSql.Copy,
        Upsert = SpendSql.Upsert,
    };

    public static IngestKind GeoKpis { get; } = new()
    {
        Name = "geo-kpis",
        Fields =
        [
            new("date", FieldType.Date, Required: true),
            new("region", FieldType.Region, Required: true),
            new("revenue", FieldType.Money, Required: true),
            new("conversions", FieldType.Count, Required: true) { Max = int.MaxValue },
        ],
        Staging = GeoKpisSql.Staging,
        Copy = GeoKpisSql.Copy,
        Upsert = GeoKpisSql.Upsert,
    };
}
