using System.Net;
using Attribution.Api;
using Attribution.Api.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>
/// Authentication remembers a found tenant for Tenancy:CacheSeconds (default 30 s): a deactivation takes effect once that
/// has passed (driven by a fake clock), at once when the cache is off.
/// </summary>
public sealed class TenantCacheTests
{
    private const string WhoAmIPath = "/api/admin/test/whoami";

    [Fact]
    public async Task Request_TenantDeactivatedWhileCached_RefusedOnceTheLifetimePasses()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI], builder => builder.Services.AddSingleton<TimeProvider>(clock));
        var (tenant, _) = await TestTenants.CreateAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, tenant));

        await TestTenants.DeactivateAsync(tenant);
        var cached = await StatusAsync(server, tenant);
        clock.Advance(TimeSpan.FromSeconds(TenantDirectory.DefaultCacheSeconds + 1));
        var expired = await StatusAsync(server, tenant);

        Assert.Equal(HttpStatusCode.OK, cached);
        Assert.Equal(HttpStatusCode.Forbidden, expired);
    }

    [Fact]
    public async Task Request_CacheOff_DeactivationTakesEffectAtOnce()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI], builder => builder.Configuration[ApiSettings.TenantCacheSeconds] = "0");
        var (tenant, _) = await TestTenants.CreateAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, tenant));

        await TestTenants.DeactivateAsync(tenant);

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(server, tenant));
    }

    private static async Task<HttpStatusCode> StatusAsync(TestServer server, Guid tenant)
    {
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, tenant, ApiRoles.Read);
        using var response = await server.Client.SendAsync(request);
        return response.StatusCode;
    }
}
