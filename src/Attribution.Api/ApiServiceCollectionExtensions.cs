using Attribution.Api.Database;
using Attribution.Api.Health;
using Attribution.Api.Http;
using Attribution.Api.Ingestion;
using Attribution.Api.Jobs;
using Attribution.Api.Journeys;
using Attribution.Api.Mmm;
using Attribution.Api.Optimization;
using Attribution.Api.Tenancy.Auth;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Attribution.Api;

/// <summary>Registers everything behind the routes; both hosts call this once.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddAttributionApi(this IServiceCollection services, IConfiguration configuration)
    {
        var postgres = Required(configuration, ApiSettings.Postgres);
        var storage = configuration[ApiSettings.Storage] is { Length: > 0 } explicitStorage
            ? explicitStorage
            : Required(configuration, ApiSettings.FunctionsStorage, $"{ApiSettings.Storage} or {ApiSettings.FunctionsStorage}");

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new NpgsqlDataSourceBuilder(postgres)
            .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>())
            .Build());
        services.AddSingleton(_ => new TableServiceClient(storage));
        services.AddSingleton<HealthChecker>();
        services.AddSingleton(IngestionSettings.From(configuration));
        services.AddSingleton<JourneyModelCache>();
        services.AddSingleton<JourneyPageCache>();
        services.AddSingleton<JourneyVersionCache>();
        services.AddSingleton<IJobHandler, MmmTrainingJob>();
        services.AddSingleton<IJobHandler, OptimizationJob>();
        services.AddSingleton<JourneyModels>();
        services.AddHostedService<MigrationHostedService>();
        services.AddAttributionAuth(configuration);
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        return services;
    }

    private static string Required(IConfiguration configuration, string key, string? described = null) =>
        configuration[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"Configuration '{described ?? key}' is required (environment variable '{key.Replace(":", "__", StringComparison.Ordinal)}'); scripts/services.sh prints local values.");
}
