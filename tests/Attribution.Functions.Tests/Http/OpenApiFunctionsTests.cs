using System.Text;
using Attribution.Api.Http;
using Attribution.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Functions.Tests.Http;

public sealed class OpenApiFunctionsTests
{
    [Fact]
    public async Task GetOpenApiDocument_AnyRequest_WritesTheDocumentOfTheRouteTable()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();

        var result = await new OpenApiFunctions().GetOpenApiDocument(context.Request);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        var document = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        Assert.All(ApiRoutes.All, route => Assert.Contains($"\"{route.OpenApiPath}\"", document, StringComparison.Ordinal));
    }
}
