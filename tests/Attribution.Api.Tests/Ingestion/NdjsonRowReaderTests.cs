using Attribution.Api.Ingestion;
using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Tests.Ingestion;

public sealed class NdjsonRowReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(65536)]
    public async Task Read_LinesWithCrLfBlankLinesAndNoFinalNewline_ReturnsEveryRow(int chunk)
    {
        const string Body = "{\"date\":\"2026-03-01\",\"channel\":\"email\",\"spend\":5}\r\n\r\n  \n{\"date\":\"2026-03-02\",\"channel\":\"sms\",\"spend\":6,\"clicks\":7}";

        var outcome = await ParseHarness.ParseAsync(IngestKinds.Spend, BodyFormat.Ndjson, Body, chunk);

        Assert.Null(outcome.Fatal);
        Assert.Equal(2, outcome.Rows.Count);
        Assert.Equal(1, outcome.Rows[1]["#"]);
        Assert.Equal("sms", outcome.Rows[1]["channel"]);
        Assert.Equal(7L, outcome.Rows[1]["clicks"]);
        Assert.Null(outcome.Rows[0]["clicks"]);
    }

    [Fact]
    public async Task Read_BadLines_AreRowErrorsNamingTheLineAndLaterLinesStillParse()
    {
        const string Body = "{\"date\":\"2026-03-01\",\"channel\":\"email\",\"spend\":5}\n\nnot json\n[1]\n{\"date\":\"2026-03-01\",\"channel\":\"email\",\"spend\":-5}\n{\"date\":\"2026-03-01\",\"channel\":\"email\",\"spend\":1}\n";

        var outcome = await ParseHarness.ParseAsync(IngestKinds.Spend, BodyFormat.Ndjson, Body);

        Assert.Null(outcome.Fatal);
        Assert.Equal(5, outcome.Received);
        Assert.Equal(2, outcome.Rows.Count);
        Assert.Equal(["The row is not valid JSON. (line 3)"], outcome.Errors.Messages("rows[1]"));
        Assert.Equal(["The row must be a JSON object. (line 4)"], outcome.Errors.Messages("rows[2]"));
        Assert.Equal(["'spend' must be a number of at least 0. (line 5)"], outcome.Errors.Messages("rows[3].spend"));
    }

    [Fact]
    public async Task Read_EmptyBody_ReturnsNoRows()
    {
        var outcome = await ParseHarness.ParseAsync(IngestKinds.Spend, BodyFormat.Ndjson, "");

        Assert.Null(outcome.Fatal);
        Assert.Equal(0, outcome.Received);
    }
}
