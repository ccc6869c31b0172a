using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Attribution.Api.Http;

/// <summary>Runs a route's handler for either host and turns every failure into a problem.</summary>
public static partial class RouteInvoker
{
    /// <summary>
    /// Runs the handler. Admin routes are authenticated first and run in one tenant transaction, committed
    /// only when the handler answers below 400. Exceptions become problem results (see <see cref="ProblemResults"/>).
    /// </summary>
    public static async Task<IResult> InvokeAsync(ApiRoute route, HttpRequest request)
    {
        var context = request.HttpContext;
        try
        {
            if (route.Access == ApiAccess.Anonymous)
            {
                return await route.Handler(request);
            }

            var outcome = await context.RequestServices.GetRequiredService<IApiAuthenticator>().AuthenticateAsync(context, route.Access);
            if (outcome.Tenant is null)
            {
                return outcome.Failure!;
            }

            await using var session = new TenantSession(context.RequestServices.GetRequiredService<NpgsqlDataSource>(), outcome.Tenant.TenantId);
            context.Features.Set(new RequestTenant(outcome.Tenant, session));
            var result = await route.Handler(request);
            if (result is not IStatusCodeHttpResult { StatusCode: >= 400 })
            {
                await session.CommitAsync(context.RequestAborted);
            }

            return result;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return TypedResults.Empty;
        }
        catch (Exception exception)
        {
            var result = ProblemResults.FromException(context, exception);
            if (result is IStatusCodeHttpResult { StatusCode: >= 500 })
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RouteInvoker));
                LogUnhandled(logger, exception, route.Method, route.Template, context.TraceIdentifier);
            }

            return result;
        }
    }

    /// <summary>The same, as an MVC action result: the Functions ASP.NET Core integration executes <see cref="IActionResult"/>.</summary>
    public static async Task<IActionResult> InvokeForFunctionsAsync(ApiRoute route, HttpRequest request) =>
        new ResultActionAdapter(await InvokeAsync(route, request));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Template} (trace {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string template, string traceId);
}
