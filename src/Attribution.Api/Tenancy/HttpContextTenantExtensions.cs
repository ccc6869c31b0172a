using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tenancy;

public static class HttpContextTenantExtensions
{
    /// <summary>The request's tenant and session; only admin routes have one.</summary>
    public static RequestTenant Tenant(this HttpContext context) =>
        context.Features.Get<RequestTenant>() ?? throw new InvalidOperationException("This route is anonymous: it has no tenant.");
}
