using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// Token validation parameters from configuration: issuer and signing keys from the OpenID Connect authority's
/// metadata when <see cref="AuthSettings.Authority"/> is set, else the development HMAC key; audience and lifetime always.
/// </summary>
public sealed class TokenValidation
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _authority;
    private readonly TokenValidationParameters _parameters;

    public TokenValidation(IConfiguration configuration)
    {
        var authority = configuration[AuthSettings.Authority];
        var developmentKey = configuration[AuthSettings.DevelopmentSigningKey];
        _parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            ValidAudience = configuration[AuthSettings.Audience] ?? AuthSettings.DefaultAudience,
        };
        if (authority is { Length: > 0 })
        {
            _authority = new ConfigurationManager<OpenIdConnectConfiguration>(
                authority.TrimEnd('/') + "/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase) });
        }
        else if (developmentKey is { Length: > 0 })
        {
            _parameters.ValidIssuer = configuration[AuthSettings.Issuer] ?? AuthSettings.DefaultIssuer;
            _parameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(developmentKey));
        }
        else
        {
            throw new InvalidOperationException(
                $"Authentication is not configured: set '{AuthSettings.Authority}' (OpenID Connect) or '{AuthSettings.DevelopmentSigningKey}' (local development; scripts/run.sh sets one).");
        }
    }

    /// <summary>The parameters to validate a token with (fetching the authority's metadata, cached, when configured).</summary>
    public async Task<TokenValidationParameters> ParametersAsync(CancellationToken cancellationToken)
    {
        if (_authority is null)
        {
            return _parameters;
        }

        var metadata = await _authority.GetConfigurationAsync(cancellationToken);
        var parameters = _parameters.Clone();
        parameters.ValidIssuer = metadata.Issuer;
        parameters.IssuerSigningKeys = metadata.SigningKeys;
        return parameters;
    }
}
