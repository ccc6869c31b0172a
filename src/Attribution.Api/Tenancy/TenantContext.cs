namespace Attribution.Api.Tenancy;

/// <summary>The authenticated caller and the tenant a request acts for.</summary>
/// <param name="TenantId">Our tenant UUID.</param>
/// <param name="Slug">The tenant's slug (e.g. <c>acme</c>).</param>
/// <param name="Subject">The principal's subject (<c>sub</c> or object id), for logs and audit.</param>
/// <param name="Roles">The principal's roles (<c>attribution.read</c>, <c>attribution.write</c>, <c>attribution.operator</c>).</param>
public sealed record TenantContext(Guid TenantId, string Slug, string Subject, IReadOnlySet<string> Roles);
