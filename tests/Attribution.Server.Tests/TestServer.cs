using Attribution.Api.Http;
using Attribution.Api.Tenancy.Auth;
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

    /// <summary>The development signing key every test server trusts (test-only, public by design).</summary>
    public const string SigningKey = "dGVzdC1vbmx5LWRldmVsb3BtZW50LWtleS0zMi1ieXRlcy1sb25nISE=";

    public HttpClient Client { get; }

    /// <summary>A valid development token for the tenant with the given roles.</summary>
    public static string TokenFor(Guid tenantId, params string[] roles) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest(SigningKey, tenantId, roles), TimeProvider.System);

    /// <summary>A request with a bearer token for the tenant and roles.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, Guid tenantId, params string[] roles)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TokenFor(tenantId, roles));
        return request;
    }

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
            builder.Configuration[AuthSettings.DevelopmentSigningKey] = SigningKey;
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
