using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Attribution.Api.Http;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;
using Microsoft.AspNetCore.Http;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>Bearer tokens, roles and the tenant transaction, through the real Server and PostgreSQL.</summary>
public sealed class BearerAuthTests
{
    /// <summary>Reads, under row-level security, how many tenants' tenant ids the request's transaction can see.</summary>
    internal static readonly ApiRoute WhoAmI = new("GET", "admin/test/whoami", "whoAmI", "Test", "Who am I.", ApiAccess.Read, async request =>
    {
        var tenant = request.HttpContext.Tenant();
        await using var command = await tenant.Session.CommandAsync("select app_tenant_id()", request.HttpContext.RequestAborted);
        var current = (Guid)(await command.ExecuteScalarAsync(request.HttpContext.RequestAborted))!;
        return TypedResults.Ok(new { tenant.Tenant.TenantId, tenant.Tenant.Slug, current });
    });

    internal static readonly ApiRoute Touch = new("POST", "admin/test/touch", "touch", "Test", "Write.", ApiAccess.Write, _ =>
        Task.FromResult<IResult>(TypedResults.NoContent()));

    [Fact]
    public async Task Request_NoToken_Returns401WithChallenge()
    {
        await using var server = await TestServer.StartAsync([WhoAmI]);

        var response = await server.Client.GetAsync(new Uri("/api/admin/test/whoami", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_TokenSignedWithAnotherKey_Returns401()
    {
        await using var server = await TestServer.StartAsync([WhoAmI]);
        var (tenant, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, "/api/admin/test/whoami", tenant, ApiRoles.Read);
        var forged = DevelopmentTokens.Mint(
            new(Convert.ToBase64String(new byte[32]), tenant, [ApiRoles.Read]), TimeProvider.System);
        request.Headers.Authorization = new("Bearer", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Request_ValidReadToken_RunsInTheTokensTenant()
    {
        await using var server = await TestServer.StartAsync([WhoAmI]);
        var (tenant, slug) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, "/api/admin/test/whoami", tenant, ApiRoles.Read);

        var response = await server.Client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(slug, body.GetProperty("slug").GetString());
        Assert.Equal(tenant, body.GetProperty("current").GetGuid());
    }

    [Fact]
    public async Task WriteRoute_ReadOnlyToken_Returns403()
    {
        await using var server = await TestServer.StartAsync([Touch]);
        var (tenant, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Post, "/api/admin/test/touch", tenant, ApiRoles.Read);

        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Request_NoRole_Returns403()
    {
        await using var server = await TestServer.StartAsync([WhoAmI]);
        var (tenant, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, "/api/admin/test/whoami", tenant);

        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Request_ExpiredToken_Returns401WithInvalidTokenChallenge()
    {
        await using var server = await TestServer.StartAsync([WhoAmI]);
        var (tenant, _) = await TestTenants.CreateAsync();
        var expired = TestTokens.Mint(TenantClaims(tenant), issuedAgo: TimeSpan.FromHours(2), lifetime: TimeSpan.FromHours(1));
        using var request = TestTokens.Request(HttpMethod.Get, "/api/admin/test/whoami", expired);

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://attribution.local/dev", "api://another-api")]
    [InlineData("https://someone-else.example", "api://attribution-functions")]
    public async Task Request_WrongAudienceOrIssuer_Returns401(string issuer, string audience)
    {
        await using var server = await TestServer.StartAsync([WhoAmI]);
        var (tenant, _) = await TestTenants.CreateAsync();
        using var valid = TestTokens.Request(HttpMethod.Get, "/api/admin/test/whoami", TestTokens.Mint(TenantClaims(tenant)));
        using var wrong = TestTokens.Request(HttpMethod.Get, "/api/admin/test/whoami", TestTokens.Mint(TenantClaims(tenant), issuer: issuer, audience: audience));

        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(valid)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Request_AppServicePrincipalHeaderInJwtMode_IsIgnored()
    {
        await using var server = await TestServer.StartAsync([WhoAmI]);
        var entraTenant = Guid.NewGuid().ToString();
        await TestTenants.CreateAsync(entraTenant);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/admin/test/whoami", UriKind.Relative));
        request.Headers.Add(AppServicePrincipalReader.Header, AppServicePrincipals.Encode(("tid", entraTenant), ("roles", ApiRoles.Read)));

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    private static Dictionary<string, object> TenantClaims(Guid tenant) =>
        new() { ["sub"] = "test-user", ["tenant_id"] = tenant.ToString(), ["roles"] = new[] { ApiRoles.Read } };
}
