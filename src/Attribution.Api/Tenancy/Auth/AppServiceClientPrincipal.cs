using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// The principal App Service Authentication passes in <c>X-MS-CLIENT-PRINCIPAL</c>: base64 of
/// <c>{"auth_typ", "claims": [{"typ", "val"}], "name_typ", "role_typ"}</c>.
/// </summary>
public sealed record AppServiceClientPrincipal(
    [property: JsonPropertyName("auth_typ")] string? AuthType,
    [property: JsonPropertyName("claims")] IReadOnlyList<AppServiceClaim>? Claims,
    [property: JsonPropertyName("name_typ")] string? NameType,
    [property: JsonPropertyName("role_typ")] string? RoleType)
{
    /// <summary>The decoded principal, or null when the header is not base64 JSON of that shape.</summary>
    public static AppServiceClientPrincipal? Decode(string header)
    {
        var bytes = new byte[header.Length];
        if (!Convert.TryFromBase64String(header.Trim(), bytes, out var length))
        {
            return null;
        }

        try
        {
            var principal = JsonSerializer.Deserialize<AppServiceClientPrincipal>(Encoding.UTF8.GetString(bytes, 0, length));
            return principal?.Claims is null ? null : principal;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The values of every claim of the type (compared case-insensitively, as claim URIs are).</summary>
    public IEnumerable<string> Values(string type) =>
        (Claims ?? []).Where(c => string.Equals(c.Type, type, StringComparison.OrdinalIgnoreCase) && c.Value is { Length: > 0 }).Select(c => c.Value!);

    /// <summary>The first value of the first of the types that has one.</summary>
    public string? First(params ReadOnlySpan<string?> types)
    {
        foreach (var type in types)
        {
            if (type is { Length: > 0 } && Values(type).FirstOrDefault() is { } value)
            {
                return value;
            }
        }

        return null;
    }
}
