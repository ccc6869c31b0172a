using System.Net;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>Where the tenant comes from: the <c>tenant_id</c> claim, a mapped Entra <c>tid</c>, or an operator's header.</summary>
public sealed class TenantSelectionTests
{
    private const string WhoAmIPath = "/api/admin/test/whoami";

    [Fact]
    public async Task Request_TidMappedThroughExternalTenantId_RunsInThatTenant()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var entraTenant = Guid.NewGuid().ToString();
        var (tenant, _) = await TestTenants.CreateAsync(entraTenant);
        using var request = TestTokens.Request(HttpMethod.Get, WhoAmIPath, TestTokens.Mint(Claims(tid: entraTenant.ToUpperInvariant())));

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tenant, await ProblemReader.CurrentTenantAsync(response));
    }

    [Fact]
    public async Task Request_TidNotMapped_Returns403NamingIt()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var entraTenant = Guid.NewGuid().ToString();
        using var request = TestTokens.Request(HttpMethod.Get, WhoAmIPath, TestTokens.Mint(Claims(tid: entraTenant)));

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(entraTenant, await ProblemReader.DetailAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TenantResolver.TenantIdHeader)]
    [InlineData(TenantResolver.TenantSlugHeader)]
    public async Task Operator_SelectsTenantByHeader_RunsInSelectedTenant(string header)
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (home, _) = await TestTenants.CreateAsync();
        var (selected, slug) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, home, ApiRoles.Read, ApiRoles.Operator);
        request.Headers.Add(header, header == TenantResolver.TenantIdHeader ? selected.ToString() : slug);

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(selected, await ProblemReader.CurrentTenantAsync(response));
    }

    [Fact]
    public async Task Operator_WithoutTenantClaim_SelectsByHeaderOrIsRefused()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (selected, _) = await TestTenants.CreateAsync();
        var token = TestTokens.Mint(Claims(roles: [ApiRoles.Read, ApiRoles.Operator]));
        using var withHeader = TestTokens.Request(HttpMethod.Get, WhoAmIPath, token);
        withHeader.Headers.Add(TenantResolver.TenantIdHeader, selected.ToString());
        using var withoutHeader = TestTokens.Request(HttpMethod.Get, WhoAmIPath, token);

        var selectedResponse = await server.Client.SendAsync(withHeader);
        var refused = await server.Client.SendAsync(withoutHeader);

        Assert.Equal(selected, await ProblemReader.CurrentTenantAsync(selectedResponse));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(TenantResolver.TenantIdHeader, await ProblemReader.DetailAsync(refused), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TenantResolver.TenantIdHeader, "3f1c5c1e-0000-4000-8000-000000000000", "No tenant has the id")]
    [InlineData(TenantResolver.TenantSlugHeader, "no-such-tenant", "No tenant has the slug 'no-such-tenant'")]
    [InlineData(TenantResolver.TenantIdHeader, "not-a-uuid", "is not a UUID")]
    public async Task Operator_UnknownSelectedTenant_Returns403WithDetail(string header, string value, string detail)
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (home, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, home, ApiRoles.Read, ApiRoles.Operator);
        request.Headers.Add(header, value);

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(detail, await ProblemReader.DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_InactiveSelectedTenant_Returns403WithDetail()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (home, _) = await TestTenants.CreateAsync();
        var (inactive, slug) = await TestTenants.CreateAsync();
        await TestTenants.DeactivateAsync(inactive);
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, home, ApiRoles.Read, ApiRoles.Operator);
        request.Headers.Add(TenantResolver.TenantSlugHeader, slug);

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal($"The tenant '{slug}' is inactive.", await ProblemReader.DetailAsync(response));
    }

    [Fact]
    public async Task Operator_IdAndSlugOfDifferentTenants_Returns403()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (home, homeSlug) = await TestTenants.CreateAsync();
        var (other, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, home, ApiRoles.Read, ApiRoles.Operator);
        request.Headers.Add(TenantResolver.TenantIdHeader, other.ToString());
        request.Headers.Add(TenantResolver.TenantSlugHeader, homeSlug);

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("different tenants", await ProblemReader.DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_WithoutReadRole_Returns403()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (home, _) = await TestTenants.CreateAsync();
        var (other, _) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, home, ApiRoles.Operator);
        request.Headers.Add(TenantResolver.TenantIdHeader, other.ToString());

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(ApiRoles.Read, await ProblemReader.DetailAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TenantResolver.TenantIdHeader)]
    [InlineData(TenantResolver.TenantSlugHeader)]
    public async Task NonOperator_HeaderNamingAnotherTenant_Returns403(string header)
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (own, _) = await TestTenants.CreateAsync();
        var (other, otherSlug) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, own, ApiRoles.Read, ApiRoles.Write);
        request.Headers.Add(header, header == TenantResolver.TenantIdHeader ? other.ToString() : otherSlug);

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(ApiRoles.Operator, await ProblemReader.DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonOperator_HeadersNamingOwnTenant_AreAccepted()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (own, slug) = await TestTenants.CreateAsync();
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, own, ApiRoles.Read);
        request.Headers.Add(TenantResolver.TenantIdHeader, own.ToString().ToUpperInvariant());
        request.Headers.Add(TenantResolver.TenantSlugHeader, slug);

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(own, await ProblemReader.CurrentTenantAsync(response));
    }

    [Fact]
    public async Task Request_OwnTenantInactive_Returns403()
    {
        await using var server = await TestServer.StartAsync([BearerAuthTests.WhoAmI]);
        var (own, slug) = await TestTenants.CreateAsync();
        await TestTenants.DeactivateAsync(own);
        using var request = TestServer.Request(HttpMethod.Get, WhoAmIPath, own, ApiRoles.Read);

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal($"The tenant '{slug}' is inactive.", await ProblemReader.DetailAsync(response));
    }

    private static Dictionary<string, object> Claims(string? tid = null, string[]? roles = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "test-user", ["roles"] = roles ?? [ApiRoles.Read] };
        if (tid is not null)
        {
            claims["tid"] = tid;
        }

        return claims;
    }
}
