using Attribution.Api.Http;
using Attribution.Api.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Attribution.Functions.Http;

/// <summary>Route group Meta: the OpenAPI document, built from the same route table as the Server's.</summary>
public sealed class OpenApiFunctions
{
    [Function("GetOpenApiDocument")]
    public Task<IActionResult> GetOpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        RouteInvoker.InvokeForFunctionsAsync(OpenApiRoutes.Get, request);
}
