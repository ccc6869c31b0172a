using Attribution.Api;
using Attribution.Api.Http;
using Attribution.Server.Jobs;
using Microsoft.AspNetCore.Diagnostics;

namespace Attribution.Server;

/// <summary>The plain ASP.NET Core host: the Api's routes under <c>/api</c>, problems for every error status.</summary>
public static class ServerApp
{
    /// <summary>Builds the application; tests may pass extra routes and adjust the builder.</summary>
    public static WebApplication Build(string[] args, IEnumerable<ApiRoute>? routes = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddAttributionApi(builder.Configuration);
        builder.Services.AddServerJobs(builder.Configuration);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var result = error is null ? ProblemResults.ServerError(context) : ProblemResults.FromException(context, error);
                return result.ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages(context => ProblemResults.ForStatus(context.HttpContext, context.HttpContext.Response.StatusCode)
            .ExecuteAsync(context.HttpContext));
        MapRoutes(app, routes ?? ApiRoutes.All);
        return app;
    }

    /// <summary>Maps each route of the table under <c>/api</c>, through the same invoker the Functions host uses.</summary>
    public static void MapRoutes(IEndpointRouteBuilder endpoints, IEnumerable<ApiRoute> routes)
    {
        var api = endpoints.MapGroup("/api");
        foreach (var route in routes)
        {
            api.MapMethods("/" + route.Template, [route.Method], async context =>
            {
                var result = await RouteInvoker.InvokeAsync(route, context.Request);
                await result.ExecuteAsync(context);
            })
            .WithName(route.OperationId);
        }
    }
}
