using System.Text.Json.Nodes;
using Attribution.Api.Http;
using Attribution.Api.OpenApi;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tests.OpenApi;

public sealed class OpenApiDocumentBuilderTests
{
    public sealed record ThingRequest(string Name, int? Size);

    public sealed record Thing(Guid Id, string Name, DateTimeOffset CreatedAt);

    private static readonly ApiRoute CreateThing = new(
        "POST", "admin/things", "createThing", "Things", "Creates a thing.", ApiAccess.Write, _ => Task.FromResult<IResult>(TypedResults.Ok()))
    {
        RequestBody = typeof(ThingRequest),
        Responses = [new(201, "Created.", typeof(Thing))],
    };

    private static readonly ApiRoute GetThing = new(
        "GET", "admin/things/{id:guid}", "getThing", "Things", "One thing.", ApiAccess.Read, _ => Task.FromResult<IResult>(TypedResults.Ok()))
    {
        Query = [new ApiParameter("window", "string", "Lookback window.") { Enum = ["1d", "7d"], Default = "7d" }],
        Responses = [new(200, "The thing.", typeof(Thing))],
    };

    [Fact]
    public void Build_RouteTable_DescribesEveryRouteOnce()
    {
        var document = OpenApiDocumentBuilder.Build(ApiRoutes.All, "1.0.0");
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => $"{op.Key.ToUpperInvariant()} {path.Key}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal("3.1.0", document["openapi"]!.GetValue<string>());
        Assert.Equal(ApiRoutes.All.Select(r => $"{r.Method} {r.OpenApiPath}").Order(StringComparer.Ordinal), operations);
    }

    [Fact]
    public void Build_BodyAndPathParameter_DocumentsSchemasProblemsAndSecurity()
    {
        var document = OpenApiDocumentBuilder.Build([CreateThing, GetThing], "1.0.0");
        var create = document["paths"]!["/api/admin/things"]!["post"]!;
        var get = document["paths"]!["/api/admin/things/{id}"]!["get"]!;
        var schemas = document["components"]!["schemas"]!;

        Assert.Equal("#/components/schemas/ThingRequest", create["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.NotNull(create["responses"]!["413"]);
        Assert.NotNull(create["security"]);
        Assert.Equal("uuid", get["parameters"]![0]!["schema"]!["format"]!.GetValue<string>());
        Assert.Equal("window", get["parameters"]![1]!["name"]!.GetValue<string>());
        Assert.Equal(["x-tenant-id", "x-tenant-slug"], create["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header").Select(p => p!["name"]!.GetValue<string>()));
        Assert.NotNull(get["responses"]!["404"]);
        Assert.Equal("#/components/schemas/Problem", get["responses"]!["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("date-time", schemas["Thing"]!["properties"]!["createdAt"]!["format"]!.GetValue<string>());
        Assert.Contains("name", schemas["ThingRequest"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Build_AnonymousRoute_HasNoSecurityRequirement()
    {
        var document = OpenApiDocumentBuilder.Build(ApiRoutes.All, "1.0.0");

        Assert.Null(document["paths"]!["/api/health"]!["get"]!["security"]);
        Assert.IsType<JsonObject>(document["components"]!["schemas"]!["HealthReport"]);
    }
}
