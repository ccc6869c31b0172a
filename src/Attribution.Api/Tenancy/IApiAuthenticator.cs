using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tenancy;

/// <summary>
/// Validates the caller of an <c>/api/admin/**</c> route (bearer JWT or App Service principal), checks the
/// role the route needs, and resolves the tenant (DESIGN.md section 2).
/// </summary>
public interface IApiAuthenticator
{
    Task<AuthOutcome> AuthenticateAsync(HttpContext context, ApiAccess access);
}
