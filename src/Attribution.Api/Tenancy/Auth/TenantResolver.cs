using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// The shared step after any <see cref="IPrincipalReader"/> (DESIGN.md section 2). Reads need <c>attribution.read</c> or
/// <c>attribution.write</c>, writes <c>attribution.write</c>. The tenant is the principal's own (<c>tenant_id</c>, else
/// <c>tid</c> mapped through <c>tenants.external_tenant_id</c>); <c>x-tenant-id</c> / <c>x-tenant-slug</c> select another
/// tenant only for <c>attribution.operator</c>, and for anyone else must name the principal's own tenant.
/// Every refusal here is 403, and the tenant must exist and be active.
/// </summary>
public sealed class TenantResolver(TenantDirectory directory)
{
    public const string TenantIdHeader = "x-tenant-id";
    public const string TenantSlugHeader = "x-tenant-slug";

    public async Task<AuthOutcome> ResolveAsync(HttpContext context, CallerPrincipal principal, ApiAccess access)
    {
        if (!HasAccess(principal.Roles, access))
        {
            return Forbidden(context, $"The '{(access == ApiAccess.Write ? ApiRoles.Write : ApiRoles.Read)}' role is required.");
        }

        var idHeader = HeaderValue(context, TenantIdHeader);
        var slugHeader = HeaderValue(context, TenantSlugHeader);
        var selecting = idHeader is not null || slugHeader is not null;
        var isOperator = principal.Roles.Contains(ApiRoles.Operator);
        var (tenant, problem) = selecting && isOperator
            ? await SelectedAsync(idHeader, slugHeader, context.RequestAborted)
            : await OwnAsync(principal, isOperator, context.RequestAborted);
        if (tenant is not null && selecting && !isOperator && !Matches(tenant, idHeader, slugHeader))
        {
            (tenant, problem) = (null, $"The {TenantIdHeader} / {TenantSlugHeader} headers must name the caller's own tenant: only the '{ApiRoles.Operator}' role selects another.");
        }

        return tenant is null
            ? Forbidden(context, problem!)
            : AuthOutcome.Allowed(new TenantContext(tenant.Id, tenant.Slug, principal.Subject, principal.Roles));
    }

    internal static bool HasAccess(IReadOnlySet<string> roles, ApiAccess access) => access switch
    {
        ApiAccess.Read => roles.Contains(ApiRoles.Read) || roles.Contains(ApiRoles.Write),
        ApiAccess.Write => roles.Contains(ApiRoles.Write),
        _ => true,
    };

    private async Task<(TenantRecord?, string?)> SelectedAsync(string? idHeader, string? slugHeader, CancellationToken cancellationToken)
    {
        TenantRecord? selected = null;
        if (idHeader is not null)
        {
            if (!Guid.TryParse(idHeader, out var id))
            {
                return (null, $"The {TenantIdHeader} header is not a UUID.");
            }

            selected = await directory.FindByIdAsync(id, cancellationToken);
            if (selected is null)
            {
                return (null, $"No tenant has the id '{id}' ({TenantIdHeader}).");
            }
        }

        if (slugHeader is not null)
        {
            var bySlug = await directory.FindBySlugAsync(slugHeader, cancellationToken);
            if (bySlug is null)
            {
                return (null, $"No tenant has the slug '{slugHeader}' ({TenantSlugHeader}).");
            }

            if (selected is not null && selected.Id != bySlug.Id)
            {
                return (null, $"The {TenantIdHeader} and {TenantSlugHeader} headers name different tenants.");
            }

            selected = bySlug;
        }

        return Active(selected!);
    }

    private async Task<(TenantRecord?, string?)> OwnAsync(CallerPrincipal principal, bool isOperator, CancellationToken cancellationToken)
    {
        if (principal.TenantId is { } tenantId)
        {
            return await directory.FindByIdAsync(tenantId, cancellationToken) is { } byId
                ? Active(byId)
                : (null, $"The principal's tenant '{tenantId}' does not exist.");
        }

        if (principal.EntraTenantId is { } entraTenant)
        {
            return await directory.FindByExternalIdAsync(entraTenant, cancellationToken) is { } mapped
                ? Active(mapped)
                : (null, $"The Entra tenant '{entraTenant}' is not mapped to a tenant (tenants.external_tenant_id).");
        }

        return (null, "The principal names no tenant (a tenant_id claim, or a tid mapped to a tenant)."
            + (isOperator ? $" Operators select one with {TenantIdHeader} or {TenantSlugHeader}." : ""));
    }

    private static (TenantRecord?, string?) Active(TenantRecord tenant) =>
        tenant.IsActive ? (tenant, null) : (null, $"The tenant '{tenant.Slug}' is inactive.");

    private static bool Matches(TenantRecord tenant, string? idHeader, string? slugHeader) =>
        (idHeader is null || (Guid.TryParse(idHeader, out var id) && id == tenant.Id))
        && (slugHeader is null || string.Equals(slugHeader, tenant.Slug, StringComparison.Ordinal));

    private static string? HeaderValue(HttpContext context, string name) =>
        context.Request.Headers[name].ToString().Trim() is { Length: > 0 } value ? value : null;

    private static AuthOutcome Forbidden(HttpContext context, string detail) =>
        AuthOutcome.Denied(ProblemResults.ForStatus(context, StatusCodes.Status403Forbidden, detail));
}
