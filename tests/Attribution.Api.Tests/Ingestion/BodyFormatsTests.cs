using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Tests.Ingestion;

public sealed class BodyFormatsTests
{
    [Theory]
    [InlineData("application/json", "JsonArray")]
    [InlineData("application/json; charset=utf-8", "JsonArray")]
    [InlineData("Application/JSON", "JsonArray")]
    [InlineData("application/x-ndjson", "Ndjson")]
    [InlineData("application/ndjson", "Ndjson")]
    [InlineData("text/csv", "Csv")]
    [InlineData("text/csv; charset=UTF-8", "Csv")]
    public void From_SupportedContentType_ReturnsItsFormat(string contentType, string expected) =>
        Assert.Equal(Enum.Parse<BodyFormat>(expected), BodyFormats.From(contentType));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("text/csv; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    public void From_UnsupportedContentType_ReturnsNull(string? contentType) =>
        Assert.Null(BodyFormats.From(contentType));
}
