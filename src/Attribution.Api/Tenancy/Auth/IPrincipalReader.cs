using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// The mode-specific step of authentication (<see cref="AuthSettings.Mode"/>): validates the request's credential
/// and extracts its principal. Role and tenant rules are applied afterwards, the same for every mode, by <see cref="TenantResolver"/>.
/// </summary>
public interface IPrincipalReader
{
    Task<PrincipalOutcome> ReadAsync(HttpContext context);
}
