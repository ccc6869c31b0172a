using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Attribution.Api;
using Attribution.Api.Database;
using Attribution.Api.Demo;
using Attribution.Api.Demo.Seeding;
using Attribution.Api.Tenancy;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Attribution.Server.Commands;

/// <summary>
/// <c>seed-demo</c>: applies the migrations, creates the demo tenant (<c>acme</c>, "Acme Outdoor Co.") if missing, and writes
/// the generated demo dataset (<see cref="DemoGenerator"/>, ending yesterday UTC) in one transaction under the tenant's
/// row-level security. A tenant that already has conversions is left alone ("already seeded", exit 0) unless <c>--force</c>,
/// which deletes its seeded tables in the same transaction first. The truth goes to <c>demo_truth</c> and, run from the
/// repository, to <c>.local/demo/&lt;tenant&gt;-truth.json</c>. Exit codes: 0 done, 1 failed, 2 bad arguments or settings.
/// </summary>
public static partial class SeedDemoCommand
{
    public const string Name = "seed-demo";

    public static Task<int> RunAsync(string[] args, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return RunAsync(args, configuration, time, Console.Error, CancellationToken.None);
    }

    internal static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, TimeProvider time, TextWriter log, CancellationToken cancellationToken)
    {
        if (Prepare(args, configuration, time, log) is not { } run)
        {
            return 2;
        }

        try
        {
            return await SeedAsync(run, time, log, cancellationToken);
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or IOException)
        {
            await log.WriteLineAsync($"{Name}: failed: {error.Message}");
            return 1;
        }
    }

    private static async Task<int> SeedAsync(SeedDemoRun run, TimeProvider time, TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (arguments, options) = (run.Arguments, run.Options);
        await Migrator.MigrateAsync(run.OwnerConnectionString, NullLogger.Instance, cancellationToken);
        var name = arguments.Tenant == "acme" ? "Acme Outdoor Co." : "Demo " + arguments.Tenant;
        var tenantId = await DemoSeeder.EnsureTenantAsync(run.OwnerConnectionString, arguments.Tenant, name, cancellationToken);
        await using var dataSource = NpgsqlDataSource.Create(run.AppConnectionString);
        await using var session = new TenantSession(dataSource, tenantId);
        var existing = await DemoSeeder.LockAndCountConversionsAsync(session, cancellationToken);
        if (existing > 0 && !arguments.Force)
        {
            var kept = await SeedDemoTruthFile.ExportIfMissingAsync(session, run.TruthPath, cancellationToken);
            await log.WriteLineAsync($"{Name}: tenant {arguments.Tenant} already seeded ({existing} conversions); --force regenerates it{kept}");
            return 0;
        }

        var dataset = DemoGenerator.Generate(options);
        var generated = clock.Elapsed;
        if (arguments.Force)
        {
            await DemoSeeder.DeleteAsync(session, cancellationToken);
        }

        var rows = await DemoSeeder.WriteAsync(session, dataset, time.GetUtcNow(), cancellationToken);
        await session.CommitAsync(cancellationToken);
        var truth = await SeedDemoTruthFile.WriteAsync(dataset.Truth, run.TruthPath, cancellationToken);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Name}: tenant {arguments.Tenant} ({tenantId}) seeded in {clock.Elapsed.TotalSeconds:F1} s (generated in {generated.TotalSeconds:F1} s): "
            + $"touchpoints {rows.Touchpoints}, conversions {rows.Conversions}, ad_spend_daily {rows.Spend}, geo_kpi_daily {rows.GeoKpis}, "
            + $"incrementality_experiments {rows.Experiments}, demo_truth {rows.Truth}{truth}"));
        return 0;
    }

    private static SeedDemoRun? Prepare(IReadOnlyList<string> args, IConfiguration configuration, TimeProvider time, TextWriter log)
    {
        var arguments = SeedDemoArguments.Parse(args, out var error);
        if (arguments is not null && !TenantSlug().IsMatch(arguments.Tenant))
        {
            error = $"bad tenant slug '{arguments.Tenant}' (lower-case letters, digits and '-', 2-63 characters)";
        }

        if (arguments is null || error is not null)
        {
            log.WriteLine($"{Name}: {error}");
            log.WriteLine(SeedDemoArguments.Usage);
            return null;
        }

        if (configuration[ApiSettings.Postgres] is not { Length: > 0 } app || configuration[ApiSettings.PostgresOwner] is not { Length: > 0 } owner)
        {
            log.WriteLine($"{Name}: {ApiSettings.Postgres} and {ApiSettings.PostgresOwner} are required (scripts/services.sh env prints them)");
            return null;
        }

        var yesterday = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
        var options = new DemoOptions { EndDate = yesterday, Days = arguments.Days, Seed = arguments.Seed, TargetConversions = arguments.TargetConversions };
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException invalid)
        {
            log.WriteLine($"{Name}: {invalid.Message}");
            return null;
        }

        return new SeedDemoRun(arguments, options, app, owner, arguments.TruthFile ?? SeedDemoTruthFile.DefaultPath(arguments.Tenant));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex TenantSlug();
}
