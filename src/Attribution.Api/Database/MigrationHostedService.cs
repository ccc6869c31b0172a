using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Attribution.Api.Database;

/// <summary>Applies the migrations when a host starts, as the owner role of <see cref="ApiSettings.PostgresOwner"/>.</summary>
public sealed partial class MigrationHostedService(IConfiguration configuration, ILogger<MigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration[ApiSettings.PostgresOwner] is not { Length: > 0 } owner)
        {
            LogSkipped(logger, ApiSettings.PostgresOwner);
            return;
        }

        await Migrator.MigrateAsync(owner, logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Migrations skipped: {Setting} is not configured (the schema must already be current)")]
    private static partial void LogSkipped(ILogger logger, string setting);
}
