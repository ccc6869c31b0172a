using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// <c>Jwt</c> mode: the <c>Authorization: Bearer</c> token is validated (signature, issuer, audience, lifetime; see
/// <see cref="TokenValidation"/>) and its claims <c>sub</c>/<c>oid</c>, <c>roles</c>, <c>tenant_id</c> and <c>tid</c>
/// become the principal. Any <c>X-MS-CLIENT-PRINCIPAL</c> header is ignored in this mode.
/// </summary>
public sealed partial class BearerPrincipalReader(TokenValidation validation, ILogger<BearerPrincipalReader> logger) : IPrincipalReader
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async Task<PrincipalOutcome> ReadAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return PrincipalOutcome.Missing("A bearer token is required.");
        }

        var result = await Handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), await validation.ParametersAsync(context.RequestAborted));
        if (!result.IsValid)
        {
            LogRejected(logger, result.Exception?.GetType().Name ?? "invalid");
            return PrincipalOutcome.Rejected("The bearer token is not valid (signature, issuer, audience or lifetime).");
        }

        var claims = result.Claims;
        return PrincipalOutcome.Accepted(new CallerPrincipal(
            Text(claims, AuthClaims.Subject) ?? Text(claims, AuthClaims.ObjectId) ?? "",
            RoleClaims(claims),
            Guid.TryParse(Text(claims, AuthClaims.TenantId), out var tenantId) ? tenantId : null,
            Text(claims, AuthClaims.EntraTenantId)));
    }

    internal static HashSet<string> RoleClaims(IDictionary<string, object> claims) =>
        claims.TryGetValue(AuthClaims.Roles, out var value)
            ? value switch
            {
                string one => [one],
                IEnumerable<object> many => [.. many.Select(v => v.ToString() ?? "")],
                _ => [],
            }
            : [];

    private static string? Text(IDictionary<string, object> claims, string type) =>
        claims.TryGetValue(type, out var value) && value?.ToString() is { Length: > 0 } text ? text : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bearer token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
