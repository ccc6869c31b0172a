using System.Text.Json.Nodes;
using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Attribution.Api.OpenApi;

/// <summary>Builds the OpenAPI 3.1 document of a route table: every route with its parameters, body, responses and problems.</summary>
public static class OpenApiDocumentBuilder
{
    public static JsonObject Build(IEnumerable<ApiRoute> routes, string version)
    {
        var schemas = new SchemaRegistry();
        var paths = new JsonObject();
        foreach (var path in routes.GroupBy(r => r.OpenApiPath).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (var route in path.OrderBy(r => r.Method, StringComparer.Ordinal))
            {
                item[route.Method.ToLowerInvariant()] = Operation(route, schemas);
            }

            paths[path.Key] = item;
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Attribution Functions API",
                ["version"] = version,
                ["description"] = "Multi-touch attribution, media mix modelling, budget optimisation, geo incrementality and insights.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas.ToJson(),
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
            },
        };
    }

    private static JsonObject Operation(ApiRoute route, SchemaRegistry schemas)
    {
        var pathParameters = RouteTemplates.Parameters(route.Template);
        var operation = new JsonObject
        {
            ["operationId"] = route.OperationId,
            ["tags"] = new JsonArray(route.Tag),
            ["summary"] = route.Summary,
        };
        var parameters = new JsonArray();
        foreach (var (name, constraint) in pathParameters)
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = PathSchema(constraint) });
        }

        foreach (var query in route.Query)
        {
            parameters.Add(QueryParameter(query));
        }

        if (route.Access != ApiAccess.Anonymous)
        {
            parameters.Add(TenantHeader(TenantResolver.TenantIdHeader, new JsonObject { ["type"] = "string", ["format"] = "uuid" }));
            parameters.Add(TenantHeader(TenantResolver.TenantSlugHeader, new JsonObject { ["type"] = "string" }));
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        if (route.RequestBody is { } body)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = route.RequestBodyRequired,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schemas.Reference(body) } },
            };
        }

        var responses = new JsonObject();
        foreach (var response in route.Responses)
        {
            var entry = new JsonObject { ["description"] = response.Description };
            if (response.Body is { } type)
            {
                entry["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schemas.Reference(type) } };
            }

            responses[response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = entry;
        }

        foreach (var status in ProblemStatuses(route, pathParameters.Count > 0))
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ??= Problem(status);
        }

        operation["responses"] = responses;
        if (route.Access != ApiAccess.Anonymous)
        {
            operation["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() });
        }

        return operation;
    }

    private static IEnumerable<int> ProblemStatuses(ApiRoute route, bool hasPathParameters)
    {
        if (route.Query.Count > 0 || route.RequestBody is not null || hasPathParameters)
        {
            yield return StatusCodes.Status400BadRequest;
        }

        if (route.Access != ApiAccess.Anonymous)
        {
            yield return StatusCodes.Status401Unauthorized;
            yield return StatusCodes.Status403Forbidden;
        }

        if (hasPathParameters)
        {
            yield return StatusCodes.Status404NotFound;
        }

        if (route.RequestBody is not null)
        {
            yield return StatusCodes.Status413PayloadTooLarge;
        }

        yield return StatusCodes.Status500InternalServerError;
    }

    private static JsonObject Problem(int status) => new()
    {
        ["description"] = ReasonPhrases.GetReasonPhrase(status),
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = SchemaRegistry.Ref(SchemaRegistry.ProblemSchema) } },
    };

    private static JsonObject PathSchema(string? constraint) => constraint switch
    {
        "guid" => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
        "int" or "long" => new JsonObject { ["type"] = "integer" },
        _ => new JsonObject { ["type"] = "string" },
    };

    private static JsonObject TenantHeader(string name, JsonObject schema) => new()
    {
        ["name"] = name,
        ["in"] = "header",
        ["required"] = false,
        ["description"] = $"The tenant to act for: any tenant for the '{ApiRoles.Operator}' role, otherwise only the caller's own.",
        ["schema"] = schema,
    };

    private static JsonObject QueryParameter(ApiParameter parameter)
    {
        var schema = new JsonObject { ["type"] = parameter.Type };
        if (parameter.Format is not null)
        {
            schema["format"] = parameter.Format;
        }

        if (parameter.Enum is not null)
        {
            schema["enum"] = new JsonArray([.. parameter.Enum.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }

        if (parameter.Minimum is not null)
        {
            schema["minimum"] = parameter.Minimum;
        }

        if (parameter.Maximum is not null)
        {
            schema["maximum"] = parameter.Maximum;
        }

        if (parameter.Default is not null)
        {
            schema["default"] = parameter.Type is "integer" or "number" ? JsonNode.Parse(parameter.Default) : parameter.Default;
        }

        return new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = "query",
            ["required"] = parameter.Required,
            ["description"] = parameter.Description,
            ["schema"] = schema,
        };
    }
}
