using Attribution.Api.Http;
using Microsoft.AspNetCore.Routing;

namespace Attribution.Server.Tests.Hosting;

/// <summary>The Functions host and the Server serve exactly the routes of <see cref="ApiRoutes.All"/>.</summary>
public sealed class RouteParityTests
{
    private static IEnumerable<string> Table => ApiRoutes.All.Select(r => $"{r.Method} {r.Template}");

    [Fact]
    public void FunctionsSources_DeclareExactlyTheRouteTable()
    {
        var functions = FunctionsRouteScanner.ScanDirectory(Path.Combine(RepoPaths.Root, "src", "Attribution.Functions"));

        Assert.Empty(FunctionsRouteScanner.Compare(Table, functions));
    }

    [Fact]
    public async Task Server_MapsExactlyTheRouteTable()
    {
        await using var server = await TestServer.StartAsync();
        var mapped = ((IEndpointRouteBuilder)server.App).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimStart('/')["api/".Length..]}"));

        Assert.Equal(Table.Order(StringComparer.Ordinal), mapped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_RouteMissingInFunctions_ReportsIt()
    {
        const string source = """
            [Function("GetHealth")]
            public Task<IActionResult> GetHealth([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) => X();
            """;

        var differences = FunctionsRouteScanner.Compare(["GET health", "POST admin/attribution/mmm/run"], FunctionsRouteScanner.Scan(source));

        Assert.Equal(["missing in Functions: POST admin/attribution/mmm/run"], differences);
    }

    [Fact]
    public void Compare_FunctionRouteNotInTable_ReportsIt()
    {
        const string source = """
            public Task<IActionResult> A([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest r) => X();
            public Task<IActionResult> B([HttpTrigger(AuthorizationLevel.Function, "get", "delete", Route = "admin/things/{id:guid}")] HttpRequest r) => X();
            """;

        var differences = FunctionsRouteScanner.Compare(["GET health", "GET admin/things/{id:guid}"], FunctionsRouteScanner.Scan(source));

        Assert.Equal(["not in the route table: DELETE admin/things/{id:guid}"], differences);
    }

    [Fact]
    public void Compare_SameTemplateOtherMethod_ReportsBothSides()
    {
        const string source = """[HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "health")] HttpRequest r""";

        var differences = FunctionsRouteScanner.Compare(["GET health"], FunctionsRouteScanner.Scan(source));

        Assert.Equal(["missing in Functions: GET health", "not in the route table: POST health"], differences);
    }
}
