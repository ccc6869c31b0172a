using System.Net;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;

namespace Attribution.Server.Tests.Tenancy;

/// <summary><c>Auth:Mode = AppService</c>: the platform's <c>X-MS-CLIENT-PRINCIPAL</c>, with tenant and issuer still checked.</summary>
public sealed class AppServiceAuthTests
{
    private const string WhoAmIPath = "/api/admin/test/whoami";
    private const string TenantIdClaimUri = "http://schemas.microsoft.com/identity/claims/tenantid";

    [Fact]
    public async Task AppService_AllowedEntraTenant_RunsInTheMappedTenant()
    {
        var entraTenant = Guid.NewGuid().ToString();
        await using var server = await StartAsync(entraTenant);
        var (tenant, _) = await TestTenants.CreateAsync(entraTenant);

        var response = await SendAsync(server, HttpMethod.Get, WhoAmIPath, AppServicePrincipals.Encode(
            (TenantIdClaimUri, entraTenant), ("iss", $"https://login.microsoftonline.com/{entraTenant}/v2.0"), ("roles", ApiRoles.Read)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tenant, await ProblemReader.CurrentTenantAsync(response));
    }

    [Fact]
    public async Task AppService_RolesOfTheRoleType_AllowWrites()
    {
        var entraTenant = Guid.NewGuid().ToString();
        await using var server = await StartAsync(entraTenant);
        await TestTenants.CreateAsync(entraTenant);
        const string roleType = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

        var readOnly = await SendAsync(server, HttpMethod.Post, "/api/admin/test/touch", AppServicePrincipals.Encode(roleType, ("tid", entraTenant), (roleType, ApiRoles.Read)));
        var writer = await SendAsync(server, HttpMethod.Post, "/api/admin/test/touch", AppServicePrincipals.Encode(roleType, ("tid", entraTenant), (roleType, ApiRoles.Write)));

        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, writer.StatusCode);
    }

    [Fact]
    public async Task AppService_EntraTenantNotAllowed_Returns401()
    {
        var allowed = Guid.NewGuid().ToString();
        var other = Guid.NewGuid().ToString();
        await using var server = await StartAsync(allowed);
        await TestTenants.CreateAsync(other);

        var response = await SendAsync(server, HttpMethod.Get, WhoAmIPath, AppServicePrincipals.Encode((TenantIdClaimUri, other), ("roles", ApiRoles.Read)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppService_IssuerOfAnotherTenant_Returns401()
    {
        var entraTenant = Guid.NewGuid().ToString();
        await using var server = await StartAsync(entraTenant);
        await TestTenants.CreateAsync(entraTenant);

        var response = await SendAsync(server, HttpMethod.Get, WhoAmIPath, AppServicePrincipals.Encode(
            ("tid", entraTenant), ("iss", $"https://login.microsoftonline.com/{Guid.NewGuid()}/v2.0"), ("roles", ApiRoles.Read)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The principal's issuer is not accepted.", await ProblemReader.DetailAsync(response));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not base64!")]
    [InlineData("eyJjbGFpbXMiOiAxfQ==")]
    public async Task AppService_MissingOrMalformedPrincipal_Returns401(string? header)
    {
        var entraTenant = Guid.NewGuid().ToString();
        await using var server = await StartAsync(entraTenant);
        var (tenant, _) = await TestTenants.CreateAsync(entraTenant);

        var response = await SendAsync(server, HttpMethod.Get, WhoAmIPath, header, bearer: TestServer.TokenFor(tenant, ApiRoles.Read));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppService_HeaderNamingAnotherTenantWithoutOperatorRole_Returns403()
    {
        var entraTenant = Guid.NewGuid().ToString();
        await using var server = await StartAsync(entraTenant);
        await TestTenants.CreateAsync(entraTenant);
        var (other, _) = await TestTenants.CreateAsync();

        var response = await SendAsync(server, HttpMethod.Get, WhoAmIPath, AppServicePrincipals.Encode(("tid", entraTenant), ("roles", ApiRoles.Read)),
            tenantHeader: other.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AppService_WithoutAllowedEntraTenants_FailsAtStartUp()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestServer.StartAsync([BearerAuthTests.WhoAmI], builder => builder.Configuration[AuthSettings.Mode] = AuthSettings.AppServiceMode));

        Assert.Contains(AuthSettings.AllowedEntraTenants, error.Message, StringComparison.Ordinal);
    }

    private static Task<TestServer> StartAsync(string allowedEntraTenant) =>
        TestServer.StartAsync([BearerAuthTests.WhoAmI, BearerAuthTests.Touch], builder =>
        {
            builder.Configuration[AuthSettings.Mode] = AuthSettings.AppServiceMode;
            builder.Configuration[AuthSettings.AllowedEntraTenants] = $"{Guid.NewGuid()}, {allowedEntraTenant.ToUpperInvariant()}";
        });

    private static async Task<HttpResponseMessage> SendAsync(
        TestServer server, HttpMethod method, string path, string? principal, string? bearer = null, string? tenantHeader = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (principal is not null)
        {
            request.Headers.Add(AppServicePrincipalReader.Header, principal);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        if (tenantHeader is not null)
        {
            request.Headers.Add(TenantResolver.TenantIdHeader, tenantHeader);
        }

        return await server.Client.SendAsync(request);
    }
}
