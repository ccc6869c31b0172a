namespace Attribution.Api.Tenancy;

/// <summary>A row of <c>tenants</c> as authentication needs it.</summary>
public sealed record TenantRecord(Guid Id, string Slug, bool IsActive);
