namespace Attribution.Api.Tenancy;

/// <summary>The tenant and unit of work of an admin request, set by the route invoker before the handler runs.</summary>
public sealed record RequestTenant(TenantContext Tenant, TenantSession Session);
