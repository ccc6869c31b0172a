using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// Mints development JWTs signed with the configured HMAC key: claims <c>sub</c>, <c>tenant_id</c>
/// (our tenant UUID) and <c>roles</c>, with issuer, audience and lifetime as validation expects.
/// </summary>
public static class DevelopmentTokens
{
    public static string Mint(DevelopmentTokenRequest request, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + request.Lifetime,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = request.Subject,
                ["tenant_id"] = request.TenantId.ToString(),
                ["roles"] = request.Roles.ToArray(),
            },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(request.SigningKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
