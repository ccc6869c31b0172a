using System.Text.Json;
using System.Text.Json.Nodes;
using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.OpenApi;

/// <summary><c>GET /api/openapi.json</c> (anonymous): the OpenAPI 3.1 document of the route table.</summary>
public static class OpenApiRoutes
{
    private static readonly Lazy<string> Document = new(() =>
        OpenApiDocumentBuilder.Build(ApiRoutes.All, ApiVersion.Current).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    public static ApiRoute Get { get; } = new(
        "GET", "openapi.json", "getOpenApiDocument", "Meta", "The OpenAPI 3.1 document describing every route.", ApiAccess.Anonymous, GetAsync)
    {
        Responses = [new(StatusCodes.Status200OK, "The OpenAPI document.", typeof(JsonObject))],
    };

    private static Task<IResult> GetAsync(HttpRequest request) =>
        Task.FromResult<IResult>(TypedResults.Text(Document.Value, "application/json"));
}
