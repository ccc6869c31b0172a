namespace Attribution.Api.Tenancy.Auth;

/// <summary>The claim types authentication reads, in bearer tokens and App Service principals.</summary>
public static class AuthClaims
{
    /// <summary>Our tenant UUID (development tokens, or a custom claim).</summary>
    public const string TenantId = "tenant_id";

    /// <summary>The Entra directory of the principal, as JWT claim and as App Service claim type.</summary>
    public const string EntraTenantId = "tid";

    public const string EntraTenantIdUri = "http://schemas.microsoft.com/identity/claims/tenantid";

    public const string Roles = "roles";

    public const string Subject = "sub";

    public const string ObjectId = "oid";

    public const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public const string Issuer = "iss";
}
