using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>Registers authentication for the configured <see cref="AuthSettings.Mode"/>; misconfiguration fails at start-up.</summary>
public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddAttributionAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<TenantResolver>();
        services.AddSingleton<IApiAuthenticator, ApiAuthenticator>();
        var mode = configuration[AuthSettings.Mode];
        if (string.IsNullOrEmpty(mode) || string.Equals(mode, AuthSettings.JwtMode, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(new TokenValidation(configuration));
            services.AddSingleton<IPrincipalReader, BearerPrincipalReader>();
        }
        else if (string.Equals(mode, AuthSettings.AppServiceMode, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(AppServiceTrust.FromConfiguration(configuration));
            services.AddSingleton<IPrincipalReader, AppServicePrincipalReader>();
        }
        else
        {
            throw new InvalidOperationException($"'{AuthSettings.Mode}' must be '{AuthSettings.JwtMode}' or '{AuthSettings.AppServiceMode}', not '{mode}'.");
        }

        return services;
    }
}
