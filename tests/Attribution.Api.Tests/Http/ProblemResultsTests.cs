using System.Text.Json;
using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Tests.Http;

public sealed class ProblemResultsTests
{
    [Fact]
    public async Task FromException_Validation_Returns400NamingTheField()
    {
        var body = await ExecuteAsync(new ApiValidationException("limit", "'limit' must be between 1 and 200."));

        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Equal("'limit' must be between 1 and 200.", body.GetProperty("errors").GetProperty("limit")[0].GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task FromException_BodyTooLarge_Returns413()
    {
        var body = await ExecuteAsync(new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge));

        Assert.Equal(413, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task FromException_UnexpectedError_Returns500WithTraceIdAndNoInternals()
    {
        var body = await ExecuteAsync(new InvalidOperationException("connection string Password=hunter2 leaked"));
        var text = body.GetRawText();

        Assert.Equal(500, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ExecuteAsync(Exception error)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
            TraceIdentifier = "trace-1",
        };
        context.Response.Body = new MemoryStream();
        await ProblemResults.FromException(context, error).ExecuteAsync(context);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        context.Response.Body.Position = 0;
        return (await JsonDocument.ParseAsync(context.Response.Body)).RootElement.Clone();
    }
}
