namespace Attribution.Api.Tenancy.Auth;

/// <summary>What a development token says: who, for which tenant, with which roles, signed how.</summary>
public sealed record DevelopmentTokenRequest(
    string SigningKey,
    Guid TenantId,
    IReadOnlyList<string> Roles,
    string Subject = "dev-user",
    string Issuer = AuthSettings.DefaultIssuer,
    string Audience = AuthSettings.DefaultAudience)
{
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(8);
}
