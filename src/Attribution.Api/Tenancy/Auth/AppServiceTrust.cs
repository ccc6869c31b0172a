using Microsoft.Extensions.Configuration;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// What <c>AppService</c> mode still checks in a platform-validated principal: its Entra tenant (<c>tid</c>) must be one
/// of <see cref="AuthSettings.AllowedEntraTenants"/>, and its issuer (<c>iss</c>), when present, must equal the issuer
/// pattern (<see cref="AuthSettings.Authority"/>, default <see cref="AuthSettings.DefaultEntraIssuer"/>) with
/// <c>{tenantid}</c> replaced by that <c>tid</c>, ignoring case and a trailing slash.
/// </summary>
public sealed record AppServiceTrust(IReadOnlySet<string> AllowedEntraTenants, string IssuerPattern)
{
    public static AppServiceTrust FromConfiguration(IConfiguration configuration)
    {
        var allowed = (configuration[AuthSettings.AllowedEntraTenants] ?? "")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (allowed.Count == 0)
        {
            throw new InvalidOperationException(
                $"'{AuthSettings.Mode}' is '{AuthSettings.AppServiceMode}': set '{AuthSettings.AllowedEntraTenants}' to the Entra tenant ids (tid) to accept.");
        }

        return new AppServiceTrust(allowed, configuration[AuthSettings.Authority] is { Length: > 0 } authority ? authority : AuthSettings.DefaultEntraIssuer);
    }

    public bool AcceptsTenant(string entraTenantId) => AllowedEntraTenants.Contains(entraTenantId);

    public bool AcceptsIssuer(string issuer, string entraTenantId) =>
        string.Equals(
            IssuerPattern.Replace("{tenantid}", entraTenantId, StringComparison.OrdinalIgnoreCase).TrimEnd('/'),
            issuer.TrimEnd('/'),
            StringComparison.OrdinalIgnoreCase);
}
