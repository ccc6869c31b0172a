using Attribution.Api.Tenancy.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>Tokens with exactly the claims a test needs (no <c>tenant_id</c>, a <c>tid</c>, another issuer, expired...).</summary>
internal static class TestTokens
{
    /// <summary>Signs with the development key every <see cref="TestServer"/> trusts.</summary>
    public static SigningCredentials DevelopmentKey { get; } =
        new(new SymmetricSecurityKey(Convert.FromBase64String(TestServer.SigningKey)), SecurityAlgorithms.HmacSha256);

    /// <summary>A token valid from <paramref name="issuedAgo"/> before now for <paramref name="lifetime"/> (default: 1 hour, from now).</summary>
    public static string Mint(
        IDictionary<string, object> claims,
        SigningCredentials? credentials = null,
        string issuer = AuthSettings.DefaultIssuer,
        string audience = AuthSettings.DefaultAudience,
        TimeSpan? issuedAgo = null,
        TimeSpan? lifetime = null)
    {
        var issued = TimeProvider.System.GetUtcNow().UtcDateTime - (issuedAgo ?? TimeSpan.Zero);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims,
            SigningCredentials = credentials ?? DevelopmentKey,
        });
    }

    /// <summary>A request carrying the token.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
