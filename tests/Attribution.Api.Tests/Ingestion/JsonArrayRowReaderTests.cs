using Attribution.Api.Ingestion;
using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Tests.Ingestion;

public sealed class JsonArrayRowReaderTests
{
    private const string Two = """
        [
          {"date": "2026-03-01", "region": "CA", "revenue": 10.5, "conversions": 3},
          {"Date": "2026-03-02", "REGION": "NY", "revenue": 0, "conversions": 0}
        ]
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(65536)]
    public async Task Read_ValidArrayInAnyChunking_ReturnsEveryRow(int chunk)
    {
        var outcome = await ParseHarness.ParseAsync(IngestKinds.GeoKpis, BodyFormat.JsonArray, Two, chunk);

        Assert.Null(outcome.Fatal);
        Assert.Equal(0, outcome.Errors.Count);
        Assert.Equal(2, outcome.Rows.Count);
        Assert.Equal(new DateOnly(2026, 3, 2), outcome.Rows[1]["date"]);
        Assert.Equal("NY", outcome.Rows[1]["region"]);
        Assert.Equal(10.5m, outcome.Rows[0]["revenue"]);
        Assert.Equal(3L, outcome.Rows[0]["conversions"]);
    }

    [Fact]
    public async Task Read_ByteOrderMarkAndEscapedStrings_AreHandled()
    {
        var body = "\uFEFF" + """[{"externalId": "a\"b\u0041", "customerId": "c\\d", "occurredAt": "2026-03-01T00:00:00Z", "campaign": "\u00e9t\u00e9"}]""";

        var outcome = await ParseHarness.ParseAsync(IngestKinds.Touchpoints, BodyFormat.JsonArray, body);

        Assert.Null(outcome.Fatal);
        var row = Assert.Single(outcome.Rows);
        Assert.Equal("a\"bA", row["externalId"]);
        Assert.Equal("c\\d", row["customerId"]);
        Assert.Equal("été", row["campaign"]);
        Assert.Equal("direct", row["channel"]);
    }

    [Fact]
    public async Task Read_RowErrors_AreKeyedByRowIndexAndFieldAndOtherRowsStillParse()
    {
        const string Body = """
            [
              1,
              {"date": "2026-03-01", "region": "CA", "revenue": 1, "conversions": 1, "extra": true},
              {"date": "2026-03-01", "region": "CA", "region": "NY", "revenue": 1, "conversions": 1},
              {"date": "2026-03-01", "region": {"code": "CA"}, "revenue": 1, "conversions": 1},
              {"date": "2026-03-01", "revenue": 1},
              {"date": "2026-03-01", "region": tru, "revenue": 1, "conversions": 1},
              {"date": "2026-03-01", "region": "TX", "revenue": 1, "conversions": 1}
            ]
            """;

        var outcome = await ParseHarness.ParseAsync(IngestKinds.GeoKpis, BodyFormat.JsonArray, Body);

        Assert.Null(outcome.Fatal);
        Assert.Equal(7, outcome.Received);
        Assert.Equal("TX", Assert.Single(outcome.Rows)["region"]);
        Assert.Equal(["The row must be a JSON object."], outcome.Errors.Messages("rows[0]"));
        Assert.Equal(["'extra' is not a known field."], outcome.Errors.Messages("rows[1].extra"));
        Assert.Equal(["'region' is given more than once."], outcome.Errors.Messages("rows[2].region"));
        Assert.Contains("US state code", outcome.Errors.Messages("rows[3].region")[0], StringComparison.Ordinal);
        Assert.Equal(["'region' is required."], outcome.Errors.Messages("rows[4].region"));
        Assert.Equal(["'conversions' is required."], outcome.Errors.Messages("rows[4].conversions"));
        Assert.Equal(["The row is not valid JSON."], outcome.Errors.Messages("rows[5]"));
        Assert.Equal(6, outcome.Errors.Rows);
    }

    [Theory]
    [InlineData("", "The body must be a JSON array of row objects.")]
    [InlineData("{\"date\": \"2026-03-01\"}", "The body must be a JSON array of row objects.")]
    [InlineData("[{\"date\": \"2026-03-01\"}", "The body ended before the JSON array was closed.")]
    [InlineData("[{\"date\": \"2026-03-01\"", "The body ended inside rows[0].")]
    [InlineData("[{\"date\": \"2026-03-01\"},]", "The JSON array has a trailing comma.")]
    [InlineData("[{\"date\": \"2026-03-01\"}] []", "The body has more after the end of the JSON array.")]
    [InlineData("[{\"date\": \"2026-03-01\"} {}]", "Expected ',' or ']' after rows[0]; the body is not a valid JSON array.")]
    public async Task Read_MalformedArray_IsFatalAndNamesTheBody(string body, string expected)
    {
        var outcome = await ParseHarness.ParseAsync(IngestKinds.GeoKpis, BodyFormat.JsonArray, body);

        Assert.NotNull(outcome.Fatal);
        Assert.Contains(expected, outcome.Fatal.Errors["body"]);
    }

    [Fact]
    public async Task Read_EmptyArray_ReturnsNoRows()
    {
        var outcome = await ParseHarness.ParseAsync(IngestKinds.GeoKpis, BodyFormat.JsonArray, " [ ] \n");

        Assert.Null(outcome.Fatal);
        Assert.Equal(0, outcome.Received);
    }
}
