using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// Bearer-token authentication (DESIGN.md section 2): the token is validated (signature, issuer, audience,
/// lifetime), the tenant comes from its <c>tenant_id</c> claim, and the route's access needs the matching role.
/// Missing or bad token: 401 with <c>WWW-Authenticate</c>; no role: 403.
/// </summary>
public sealed partial class JwtApiAuthenticator(TokenValidation validation, NpgsqlDataSource database, ILogger<JwtApiAuthenticator> logger) : IApiAuthenticator
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async Task<AuthOutcome> AuthenticateAsync(HttpContext context, ApiAccess access)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Unauthorized(context, null, "A bearer token is required.");
        }

        var result = await Handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), await validation.ParametersAsync(context.RequestAborted));
        if (!result.IsValid)
        {
            LogRejected(logger, result.Exception?.GetType().Name ?? "invalid");
            return Unauthorized(context, "invalid_token", "The bearer token is not valid (signature, issuer, audience or lifetime).");
        }

        var claims = result.Claims;
        var roles = RoleClaims(claims);
        var subject = claims.TryGetValue("sub", out var sub) ? sub?.ToString() ?? "" : "";
        if (!HasAccess(roles, access))
        {
            return AuthOutcome.Denied(ProblemResults.ForStatus(context, StatusCodes.Status403Forbidden,
                $"The '{(access == ApiAccess.Write ? ApiRoles.Write : ApiRoles.Read)}' role is required."));
        }

        if (!claims.TryGetValue("tenant_id", out var claim) || !Guid.TryParse(claim?.ToString(), out var tenantId))
        {
            return AuthOutcome.Denied(ProblemResults.ForStatus(context, StatusCodes.Status403Forbidden, "The token names no tenant."));
        }

        var slug = await TenantSlugAsync(tenantId, context.RequestAborted);
        return slug is null
            ? AuthOutcome.Denied(ProblemResults.ForStatus(context, StatusCodes.Status403Forbidden, "The token's tenant is unknown or inactive."))
            : AuthOutcome.Allowed(new TenantContext(tenantId, slug, subject, roles));
    }

    internal static bool HasAccess(IReadOnlySet<string> roles, ApiAccess access) => access switch
    {
        ApiAccess.Read => roles.Contains(ApiRoles.Read) || roles.Contains(ApiRoles.Write),
        ApiAccess.Write => roles.Contains(ApiRoles.Write),
        _ => true,
    };

    internal static HashSet<string> RoleClaims(IDictionary<string, object> claims) =>
        claims.TryGetValue("roles", out var value)
            ? value switch
            {
                string one => [one],
                IEnumerable<object> many => [.. many.Select(v => v.ToString() ?? "")],
                _ => [],
            }
            : [];

    private async Task<string?> TenantSlugAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("select slug from tenants where id = @id and is_active");
        command.Parameters.AddWithValue("id", tenantId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static AuthOutcome Unauthorized(HttpContext context, string? error, string detail)
    {
        context.Response.Headers.WWWAuthenticate = error is null ? "Bearer" : $"Bearer error=\"{error}\", error_description=\"{detail}\"";
        return AuthOutcome.Denied(ProblemResults.ForStatus(context, StatusCodes.Status401Unauthorized, detail));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bearer token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
