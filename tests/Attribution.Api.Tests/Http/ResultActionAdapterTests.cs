using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Tests.Http;

public sealed class ResultActionAdapterTests
{
    [Fact]
    public async Task ExecuteResultAsync_WrappedResult_WritesItsStatusAndBody()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        var adapter = new ResultActionAdapter(TypedResults.Text("hello", "text/plain", statusCode: 202));

        await adapter.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        Assert.Equal(202, context.Response.StatusCode);
        Assert.Equal("hello", System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()));
    }
}
