using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// Authentication of <c>/api/admin/**</c> (DESIGN.md section 2) in two steps: the configured mode's
/// <see cref="IPrincipalReader"/> validates the credential (missing or bad: 401 with <c>WWW-Authenticate</c>), then
/// <see cref="TenantResolver"/> applies the role and tenant rules shared by every mode (403).
/// </summary>
public sealed class ApiAuthenticator(IPrincipalReader reader, TenantResolver resolver) : IApiAuthenticator
{
    public async Task<AuthOutcome> AuthenticateAsync(HttpContext context, ApiAccess access)
    {
        var read = await reader.ReadAsync(context);
        if (read.Principal is null)
        {
            context.Response.Headers.WWWAuthenticate = read.Error is null
                ? "Bearer"
                : $"Bearer error=\"{read.Error}\", error_description=\"{read.Detail}\"";
            return AuthOutcome.Denied(ProblemResults.ForStatus(context, StatusCodes.Status401Unauthorized, read.Detail));
        }

        return await resolver.ResolveAsync(context, read.Principal, access);
    }
}
