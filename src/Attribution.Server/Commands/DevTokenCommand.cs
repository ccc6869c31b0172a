using Attribution.Api;
using Attribution.Api.Tenancy;
using Attribution.Api.Tenancy.Auth;
using Npgsql;

namespace Attribution.Server.Commands;

/// <summary>
/// <c>dev-token --tenant acme --roles read,write [--lifetime 8h] [--operator]</c>: prints only a development token for the
/// tenant with that slug, signed with <c>Auth:DevelopmentSigningKey</c> and carrying the configured issuer and audience, so
/// a Server with the same configuration accepts it. Bad input: one line on stderr and exit code 2; an unreadable
/// database: one line and exit code 1.
/// </summary>
public static class DevTokenCommand
{
    public const string Name = "dev-token";
    private const string Usage = "usage: dev-token --tenant <slug> --roles read,write [--lifetime 8h] [--operator]";

    /// <summary>Runs with the Server's configuration (appsettings, environment variables) and the console.</summary>
    public static Task<int> RunAsync(string[] args) =>
        RunAsync(args, WebApplication.CreateBuilder().Configuration, Console.Out, Console.Error, TimeProvider.System, CancellationToken.None);

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!DevTokenOptions.TryParse(args, out var options, out var problem))
        {
            return await FailAsync(error, 2, $"{problem} ({Usage})");
        }

        if (SigningProblem(configuration) is { } signing)
        {
            return await FailAsync(error, 2, signing);
        }

        if (configuration[ApiSettings.Postgres] is not { Length: > 0 } postgres)
        {
            return await FailAsync(error, 2, $"{ApiSettings.Postgres} is not set (scripts/services.sh env prints it)");
        }

        TenantRecord? tenant;
        try
        {
            await using var database = NpgsqlDataSource.Create(postgres);
            tenant = await new TenantDirectory(database, clock, configuration).FindBySlugAsync(options.Tenant, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return await FailAsync(error, 2, $"no tenant has the slug '{options.Tenant}' (the database is not migrated yet: start the Server once)");
        }
        catch (NpgsqlException exception)
        {
            return await FailAsync(error, 1, $"the tenants could not be read: {exception.Message.ReplaceLineEndings(" ")}");
        }

        if (tenant is not { IsActive: true })
        {
            return await FailAsync(error, 2, tenant is null ? $"no tenant has the slug '{options.Tenant}'" : $"the tenant '{tenant.Slug}' is inactive");
        }

        var request = new DevelopmentTokenRequest(
            configuration[AuthSettings.DevelopmentSigningKey]!,
            tenant.Id,
            options.Roles,
            Issuer: configuration[AuthSettings.Issuer] ?? AuthSettings.DefaultIssuer,
            Audience: configuration[AuthSettings.Audience] ?? AuthSettings.DefaultAudience)
        { Lifetime = options.Lifetime };
        await output.WriteLineAsync(DevelopmentTokens.Mint(request, clock));
        return 0;
    }

    private static string? SigningProblem(IConfiguration configuration)
    {
        if (configuration[AuthSettings.Authority] is { Length: > 0 } || configuration[AuthSettings.Mode] is { Length: > 0 } and not AuthSettings.JwtMode)
        {
            return $"{AuthSettings.Authority} or {AuthSettings.Mode} is set: the Server would not accept development tokens";
        }

        var key = configuration[AuthSettings.DevelopmentSigningKey];
        var bytes = new byte[key?.Length ?? 0];
        return key is not { Length: > 0 } ? $"{AuthSettings.DevelopmentSigningKey} is not set (scripts/run.sh keeps one in .local/dev-signing-key)"
            : !Convert.TryFromBase64String(key, bytes, out var length) || length < 32 ? $"{AuthSettings.DevelopmentSigningKey} is not base64 of at least 32 bytes"
            : null;
    }

    private static async Task<int> FailAsync(TextWriter error, int exitCode, string message)
    {
        await error.WriteLineAsync($"{Name}: {message}");
        return exitCode;
    }
}
