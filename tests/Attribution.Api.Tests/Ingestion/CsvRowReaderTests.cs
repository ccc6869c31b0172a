using Attribution.Api.Ingestion;
using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Tests.Ingestion;

public sealed class CsvRowReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(65536)]
    public async Task Read_QuotedCellsAnyHeaderCaseAndOrder_ReturnsEveryRow(int chunk)
    {
        const string Body = "CustomerId,externalID,occurredAt,campaign,source\r\n"
            + "c-1,tp-1,2026-03-01T00:00:00Z,\"spring, \"\"big\"\" sale\",google\r\n"
            + "c-2,tp-2,2026-03-01T00:00:00Z,\"two\nlines\",\r\n";

        var outcome = await ParseHarness.ParseAsync(IngestKinds.Touchpoints, BodyFormat.Csv, Body, chunk);

        Assert.Null(outcome.Fatal);
        Assert.Equal(0, outcome.Errors.Count);
        Assert.Equal(2, outcome.Rows.Count);
        Assert.Equal("tp-1", outcome.Rows[0]["externalId"]);
        Assert.Equal("spring, \"big\" sale", outcome.Rows[0]["campaign"]);
        Assert.Equal("two\nlines", outcome.Rows[1]["campaign"]);
        Assert.Null(outcome.Rows[1]["source"]);
        Assert.Equal("direct", outcome.Rows[1]["channel"]);
    }

    [Fact]
    public async Task Read_BadRecords_AreRowErrorsNamingTheLine()
    {
        const string Body = "date,region,revenue,conversions\n"
            + "2026-03-01,\"CA\nX\",1,1\n"
            + "\n"
            + "2026-03-01,CA,1\n"
            + "2026-03-01,CA,,1\n"
            + "2026-03-01,\"CA\"x,1,1\n"
            + "2026-03-01,NY,2,2\n"
            + "2026-03-01,\"TX,1,1\n";

        var outcome = await ParseHarness.ParseAsync(IngestKinds.GeoKpis, BodyFormat.Csv, Body);

        Assert.Null(outcome.Fatal);
        Assert.Equal(6, outcome.Received);
        Assert.Equal("NY", Assert.Single(outcome.Rows)["region"]);
        Assert.Contains("(line 2)", outcome.Errors.Messages("rows[0].region")[0], StringComparison.Ordinal);
        Assert.Equal(["The record has 3 cells but the header has 4. (line 5)"], outcome.Errors.Messages("rows[1]"));
        Assert.Equal(["'revenue' is required. (line 6)"], outcome.Errors.Messages("rows[2].revenue"));
        Assert.Equal(["The record has a quoted cell that is not closed, or text after a closing quote. (line 7)"], outcome.Errors.Messages("rows[3]"));
        Assert.Equal(["The record has a quoted cell that is not closed, or text after a closing quote. (line 9)"], outcome.Errors.Messages("rows[5]"));
    }

    [Theory]
    [InlineData("date,region,revenue,conversions,color\n", "'color' is not a known column; the columns are: date, region, revenue, conversions.")]
    [InlineData("date,region,revenue\n", "The 'conversions' column is required.")]
    [InlineData("date,region,revenue,conversions,Region\n", "'Region' is given more than once.")]
    public async Task Read_BadHeader_IsFatalAndNamesTheHeader(string body, string expected)
    {
        var outcome = await ParseHarness.ParseAsync(IngestKinds.GeoKpis, BodyFormat.Csv, body + "2026-03-01,CA,1,1\n");

        Assert.NotNull(outcome.Fatal);
        Assert.Equal([expected], outcome.Fatal.Errors["header"]);
        Assert.Equal(0, outcome.Received);
    }

    [Fact]
    public async Task Read_BooleansAndMoney_ParseFromText()
    {
        const string Body = "externalId,customerId,occurredAt,revenue,currency,isNewCustomer\nA,c,2026-03-01T00:00:00Z,19.99,USD,TRUE\n";

        var outcome = await ParseHarness.ParseAsync(IngestKinds.Conversions, BodyFormat.Csv, Body);

        var row = Assert.Single(outcome.Rows);
        Assert.Equal(19.99m, row["revenue"]);
        Assert.Equal(true, row["isNewCustomer"]);
        Assert.Null(row["region"]);
    }
}
