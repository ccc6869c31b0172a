namespace Attribution.Api.Tenancy.Auth;

/// <summary>Who a validated credential says the caller is, before the role and tenant rules apply.</summary>
/// <param name="Subject">The principal's subject (<c>sub</c> or object id), for logs and audit.</param>
/// <param name="Roles">The principal's application roles.</param>
/// <param name="TenantId">The <c>tenant_id</c> claim (our tenant UUID), when present and a UUID.</param>
/// <param name="EntraTenantId">The Entra directory (<c>tid</c>), mapped to a tenant through <c>tenants.external_tenant_id</c>.</param>
public sealed record CallerPrincipal(string Subject, IReadOnlySet<string> Roles, Guid? TenantId, string? EntraTenantId);
