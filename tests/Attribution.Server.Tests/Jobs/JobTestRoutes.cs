using System.Text.Json;
using Attribution.Api.Http;
using Attribution.Api.Jobs;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Server.Tests.Jobs;

/// <summary>A test-only route that starts a job through the port, as feature routes (MMM run, optimize) will.</summary>
internal static class JobTestRoutes
{
    public static readonly ApiRoute Start = new("POST", "admin/test/jobs/{kind}", "startTestJob", "Test", "Starts a job.", ApiAccess.Write, async request =>
    {
        var context = request.HttpContext;
        var input = await JsonBody.ReadAsync<JsonElement>(request);
        var port = context.RequestServices.GetRequiredService<IJobPort>();
        var ticket = await port.StartAsync(context.Tenant().Session, (string)request.RouteValues["kind"]!, input, context.RequestAborted);
        return TypedResults.Accepted(ticket.StatusUri, ticket);
    });

    /// <summary>The route table plus <see cref="Start"/>.</summary>
    public static IReadOnlyList<ApiRoute> WithStart => [.. ApiRoutes.All, Start];
}
