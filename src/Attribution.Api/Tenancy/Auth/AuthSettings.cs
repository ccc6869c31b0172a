namespace Attribution.Api.Tenancy.Auth;

/// <summary>Configuration keys of authentication (section <c>Auth</c>; environment variables use <c>Auth__Key</c>).</summary>
public static class AuthSettings
{
    /// <summary><c>Jwt</c> (default): bearer tokens; <c>AppService</c>: the platform-validated <c>X-MS-CLIENT-PRINCIPAL</c> header.</summary>
    public const string Mode = "Auth:Mode";

    /// <summary>
    /// <c>Jwt</c> mode: OpenID Connect authority (e.g. <c>https://login.microsoftonline.com/{tid}/v2.0</c>); its metadata gives
    /// issuer and keys. <c>AppService</c> mode: the issuer pattern a principal's <c>iss</c> must match (see <see cref="AppServiceTrust"/>).
    /// </summary>
    public const string Authority = "Auth:Authority";

    /// <summary>The audience tokens must carry (the API's application id URI or client id).</summary>
    public const string Audience = "Auth:Audience";

    /// <summary>Issuer of development tokens (used with <see cref="DevelopmentSigningKey"/>).</summary>
    public const string Issuer = "Auth:Issuer";

    /// <summary>Base64 HMAC-SHA256 key (at least 32 bytes) for development tokens, when no authority is configured.</summary>
    public const string DevelopmentSigningKey = "Auth:DevelopmentSigningKey";

    /// <summary>Comma-separated Entra tenant ids (<c>tid</c>) accepted in App Service mode (required there).</summary>
    public const string AllowedEntraTenants = "Auth:AllowedEntraTenants";

    public const string JwtMode = "Jwt";
    public const string AppServiceMode = "AppService";

    public const string DefaultIssuer = "https://attribution.local/dev";
    public const string DefaultAudience = "api://attribution-functions";

    /// <summary>The issuer of Entra v2.0 tokens, <c>{tenantid}</c> standing for the principal's <c>tid</c>.</summary>
    public const string DefaultEntraIssuer = "https://login.microsoftonline.com/{tenantid}/v2.0";
}
