using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Attribution.Api.Database;

/// <summary>
/// Applies the versioned SQL migrations (embedded <c>*/Migrations/V*.sql</c>, ordered by file name) with DbUp,
/// as the owner role, under an advisory lock so that concurrent hosts migrate one at a time.
/// </summary>
public static partial class Migrator
{
    private const long LockKey = 0x4174747269627574; // "Attribut"

    public static IReadOnlyList<SqlScript> Scripts { get; } = LoadScripts();

    public static async Task<IReadOnlyList<string>> MigrateAsync(string ownerConnectionString, ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("select pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", LockKey);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            var result = DeployChanges.To
                .PostgresqlDatabase(ownerConnectionString)
                .WithScripts(Scripts)
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build()
                .PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error?.Message}", result.Error);
            }

            var applied = result.Scripts.Select(s => s.Name).ToList();
            LogApplied(logger, applied.Count, string.Join(", ", applied));
            return applied;
        }
        finally
        {
            await using var release = new NpgsqlCommand("select pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", LockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static List<SqlScript> LoadScripts()
    {
        var assembly = typeof(Migrator).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name =>
                {
                    using var stream = assembly.GetManifestResourceStream(name)!;
                    using var reader = new StreamReader(stream);
                    return new SqlScript(name["migrations/".Length..], reader.ReadToEnd());
                }),
        ];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations: {Count} applied ({Scripts})")]
    private static partial void LogApplied(ILogger logger, int count, string scripts);
}
