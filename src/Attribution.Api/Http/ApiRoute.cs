using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Http;

/// <summary>
/// One row of the route table: method, template (relative to <c>/api</c>) and handler, plus what the
/// OpenAPI document needs. Both hosts serve exactly the rows of <see cref="ApiRoutes.All"/>.
/// </summary>
public sealed record ApiRoute(
    string Method,
    string Template,
    string OperationId,
    string Tag,
    string Summary,
    ApiAccess Access,
    Func<HttpRequest, Task<IResult>> Handler)
{
    public Type? RequestBody { get; init; }

    /// <summary>False when the route also works without a body (e.g. driven by query parameters alone).</summary>
    public bool RequestBodyRequired { get; init; } = true;

    public IReadOnlyList<ApiResponse> Responses { get; init; } = [];

    public IReadOnlyList<ApiParameter> Query { get; init; } = [];

    /// <summary>The template as an OpenAPI path: <c>/api/x/{id:guid}</c> becomes <c>/api/x/{id}</c>.</summary>
    public string OpenApiPath => "/api/" + RouteTemplates.StripConstraints(Template);
}
