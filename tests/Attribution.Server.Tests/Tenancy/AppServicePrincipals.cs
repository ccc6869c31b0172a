using System.Text;
using System.Text.Json;

namespace Attribution.Server.Tests.Tenancy;

/// <summary>Builds <c>X-MS-CLIENT-PRINCIPAL</c> values as App Service Authentication sends them (base64 JSON).</summary>
internal static class AppServicePrincipals
{
    public const string RoleClaimUri = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    public static string Encode(params (string Type, string Value)[] claims) => Encode(RoleClaimUri, claims);

    public static string Encode(string roleType, params (string Type, string Value)[] claims)
    {
        var principal = new Dictionary<string, object>
        {
            ["auth_typ"] = "aad",
            ["claims"] = claims.Select(c => new Dictionary<string, string> { ["typ"] = c.Type, ["val"] = c.Value }).ToList(),
            ["name_typ"] = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            ["role_typ"] = roleType,
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }
}
