using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tenancy;

/// <summary>Either the tenant a request acts for, or the problem to answer with (401, 403 or 404).</summary>
public sealed record AuthOutcome(TenantContext? Tenant, IResult? Failure)
{
    public static AuthOutcome Allowed(TenantContext tenant) => new(tenant, null);

    public static AuthOutcome Denied(IResult failure) => new(null, failure);
}
