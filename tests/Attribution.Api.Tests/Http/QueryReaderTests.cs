using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tests.Http;

public sealed class QueryReaderTests
{
    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=201")]
    [InlineData("?limit=ten")]
    [InlineData("?limit=1&limit=2")]
    public void Int_OutOfRangeOrMalformed_ThrowsNamingTheParameter(string query)
    {
        var error = Assert.Throws<ApiValidationException>(() => Reader(query).Int("limit", 50, 1, 200));

        Assert.Equal(["limit"], error.Errors.Keys);
    }

    [Fact]
    public void Int_Absent_ReturnsDefault() => Assert.Equal(50, Reader("").Int("limit", 50, 1, 200));

    [Fact]
    public void Date_Malformed_ThrowsNamingTheParameter()
    {
        var error = Assert.Throws<ApiValidationException>(() => Reader("?from=2026-13-01").Date("from"));

        Assert.Equal(["from"], error.Errors.Keys);
    }

    [Fact]
    public void OneOf_UnknownValue_ListsTheAllowedValues()
    {
        var error = Assert.Throws<ApiValidationException>(() => Reader("?customerType=vip").OneOf("customerType", ["all", "new", "returning"]));

        Assert.Contains("all, new, returning", error.Message, StringComparison.Ordinal);
    }

    private static QueryReader Reader(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        return new QueryReader(context.Request);
    }
}
