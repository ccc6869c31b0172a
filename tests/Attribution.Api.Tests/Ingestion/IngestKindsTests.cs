using Attribution.Api.Http;
using Attribution.Api.Ingestion;
using Attribution.Api.Ingestion.Rows;

namespace Attribution.Api.Tests.Ingestion;

public sealed class IngestKindsTests
{
    public static TheoryData<string, Type> Kinds => new()
    {
        { "touchpoints", typeof(TouchpointRow) },
        { "conversions", typeof(ConversionRow) },
        { "spend", typeof(SpendRow) },
        { "geo-kpis", typeof(GeoKpiRow) },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Fields_MatchTheDocumentedRowSchema(string name, Type row)
    {
        var kind = new[] { IngestKinds.Touchpoints, IngestKinds.Conversions, IngestKinds.Spend, IngestKinds.GeoKpis }.Single(k => k.Name == name);
        var schema = System.Text.Json.Schema.JsonSchemaExporter.GetJsonSchemaAsNode(ApiJson.Options, row);

        var documented = schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        var required = schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(documented, kind.Fields.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(required, kind.Fields.Where(f => f.Required).Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Touchpoints_ChannelDerivation_PointsAtChannelSourceAndMedium()
    {
        var kind = IngestKinds.Touchpoints;
        var derivation = kind.Derivation!;

        Assert.Equal(
            ["channel", "source", "medium"],
            new[] { derivation.Channel, derivation.Source, derivation.Medium }.Select(i => kind.Fields[i].Name));
    }
}
