using Attribution.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;

namespace Attribution.Server.Tests;

/// <summary>
/// The real Server on Kestrel at 127.0.0.1 (a free port), against the PostgreSQL and Azurite started by
/// scripts/services.sh (their connection strings come from the environment, as scripts/test.sh sets them).
/// </summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public WebApplication App => _app;

    public static async Task<TestServer> StartAsync(IEnumerable<ApiRoute>? routes = null, Action<WebApplicationBuilder>? configure = null)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")))
        {
            throw new InvalidOperationException("ConnectionStrings__Postgres is not set: run the tests through scripts/test.sh, or eval \"$(scripts/services.sh start)\" first.");
        }

        var app = ServerApp.Build(["--urls", "http://127.0.0.1:0"], routes, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
