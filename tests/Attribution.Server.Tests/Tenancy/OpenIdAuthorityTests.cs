using System.Net;
using System.Security.Cryptography;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;
using Microsoft.IdentityModel.Tokens;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>
/// <c>Auth:Authority</c>: issuer and keys come from the authority's discovery document and JWKS, fetched over HTTP
/// from a real (local) authority; the development key is then not trusted.
/// </summary>
public sealed class OpenIdAuthorityTests
{
    private const string WhoAmIPath = "/api/admin/test/whoami";

    [Fact]
    public async Task Authority_TokenSignedWithItsKey_IsAccepted()
    {
        await using var authority = await LocalOpenIdAuthority.StartAsync();
        await using var server = await StartAsync(authority);
        var (tenant, _) = await TestTenants.CreateAsync();
        var token = TestTokens.Mint(Claims(tenant), authority.Credentials, issuer: authority.Issuer);

        using var request = TestTokens.Request(HttpMethod.Get, WhoAmIPath, token);
        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tenant, await ProblemReader.CurrentTenantAsync(response));
    }

    [Theory]
    [InlineData("wrong issuer")]
    [InlineData("wrong audience")]
    [InlineData("expired")]
    [InlineData("development key")]
    [InlineData("unpublished RSA key")]
    public async Task Authority_TokenNotMatchingIt_Returns401(string flaw)
    {
        await using var authority = await LocalOpenIdAuthority.StartAsync();
        await using var server = await StartAsync(authority);
        var (tenant, _) = await TestTenants.CreateAsync();
        using var otherRsa = RSA.Create(2048);
        var token = flaw switch
        {
            "wrong issuer" => TestTokens.Mint(Claims(tenant), authority.Credentials, issuer: "https://login.example/other"),
            "wrong audience" => TestTokens.Mint(Claims(tenant), authority.Credentials, issuer: authority.Issuer, audience: "api://another-api"),
            "expired" => TestTokens.Mint(Claims(tenant), authority.Credentials, issuer: authority.Issuer, issuedAgo: TimeSpan.FromHours(2), lifetime: TimeSpan.FromHours(1)),
            "development key" => TestTokens.Mint(Claims(tenant), issuer: authority.Issuer),
            _ => TestTokens.Mint(Claims(tenant), new SigningCredentials(new RsaSecurityKey(otherRsa) { KeyId = "test-rsa-1" }, SecurityAlgorithms.RsaSha256), issuer: authority.Issuer),
        };

        using var request = TestTokens.Request(HttpMethod.Get, WhoAmIPath, token);
        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    private static Task<TestServer> StartAsync(LocalOpenIdAuthority authority) =>
        TestServer.StartAsync([BearerAuthTests.WhoAmI], builder => builder.Configuration[AuthSettings.Authority] = authority.Issuer);

    private static Dictionary<string, object> Claims(Guid tenant) =>
        new() { ["sub"] = "entra-user", ["tenant_id"] = tenant.ToString(), ["roles"] = new[] { ApiRoles.Read } };
}
