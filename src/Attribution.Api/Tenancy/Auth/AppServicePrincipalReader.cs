using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// <c>AppService</c> mode: App Service Authentication has validated the caller's token and passes the principal in
/// <c>X-MS-CLIENT-PRINCIPAL</c> (the platform strips that header from client requests, so configure this mode only
/// behind it). The tenant and issuer are still checked (<see cref="AppServiceTrust"/>); roles come from claims of type
/// <c>roles</c> or the principal's <c>role_typ</c>. Bearer tokens are not read in this mode.
/// </summary>
public sealed partial class AppServicePrincipalReader(AppServiceTrust trust, ILogger<AppServicePrincipalReader> logger) : IPrincipalReader
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    public Task<PrincipalOutcome> ReadAsync(HttpContext context) =>
        Task.FromResult(Read(context.Request.Headers[Header].ToString()));

    private PrincipalOutcome Read(string header)
    {
        if (header.Length == 0)
        {
            return PrincipalOutcome.Missing($"An App Service authenticated principal ({Header}) is required.");
        }

        var principal = AppServiceClientPrincipal.Decode(header);
        if (principal is null)
        {
            LogRejected(logger, "not a client principal");
            return PrincipalOutcome.Rejected($"The {Header} header is not a client principal (base64 JSON).");
        }

        var entraTenant = principal.First(AuthClaims.EntraTenantIdUri, AuthClaims.EntraTenantId);
        if (entraTenant is null || !trust.AcceptsTenant(entraTenant))
        {
            LogRejected(logger, "Entra tenant not allowed");
            return PrincipalOutcome.Rejected("The principal's Entra tenant is not accepted.");
        }

        if (principal.First(AuthClaims.Issuer) is { } issuer && !trust.AcceptsIssuer(issuer, entraTenant))
        {
            LogRejected(logger, "issuer not accepted");
            return PrincipalOutcome.Rejected("The principal's issuer is not accepted.");
        }

        HashSet<string> roles = [.. principal.Values(AuthClaims.Roles)];
        if (principal.RoleType is { Length: > 0 } roleType)
        {
            roles.UnionWith(principal.Values(roleType));
        }

        return PrincipalOutcome.Accepted(new CallerPrincipal(
            principal.First(AuthClaims.ObjectIdUri, AuthClaims.ObjectId, AuthClaims.Subject, principal.NameType) ?? "",
            roles,
            Guid.TryParse(principal.First(AuthClaims.TenantId), out var tenantId) ? tenantId : null,
            entraTenant));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "App Service principal rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
