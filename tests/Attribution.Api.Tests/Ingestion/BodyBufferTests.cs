using Attribution.Api.Ingestion;
using Attribution.Api.Ingestion.Parsing;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tests.Ingestion;

public sealed class BodyBufferTests
{
    [Fact]
    public async Task Read_BodyLongerThanTheLimit_Throws413WhileReading()
    {
        var body = string.Concat(Enumerable.Repeat("{\"date\":\"2026-03-01\",\"region\":\"CA\",\"revenue\":1,\"conversions\":1}\n", 100));

        var error = await Assert.ThrowsAsync<BadHttpRequestException>(() =>
            ParseHarness.ParseAsync(IngestKinds.GeoKpis, BodyFormat.Ndjson, body, chunk: 64, maxBytes: 1000));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, error.StatusCode);
    }

    [Fact]
    public async Task Read_BodyExactlyAtTheLimit_IsRead()
    {
        const string Body = "{\"date\":\"2026-03-01\",\"region\":\"CA\",\"revenue\":1,\"conversions\":1}\n";

        var outcome = await ParseHarness.ParseAsync(IngestKinds.GeoKpis, BodyFormat.Ndjson, Body, chunk: 16, maxBytes: Body.Length);

        Assert.Single(outcome.Rows);
    }

    [Fact]
    public async Task Read_RowLargerThanTheRowLimit_IsFatal()
    {
        var body = "{\"externalId\":\"" + new string('x', BodyBuffer.MaxRowBytes + 10) + "\"}\n";

        var outcome = await ParseHarness.ParseAsync(IngestKinds.Touchpoints, BodyFormat.Ndjson, body, chunk: 1 << 20);

        Assert.NotNull(outcome.Fatal);
        Assert.Equal(["A row is larger than 1048576 bytes."], outcome.Fatal.Errors["body"]);
    }
}
