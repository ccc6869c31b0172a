using System.Text.Json;
using Attribution.Api.Demo;
using Attribution.Server.Commands;
using Microsoft.Extensions.Configuration;

namespace Attribution.Server.Tests.Demo;

/// <summary>The seed-demo command against the real PostgreSQL, on fresh tenants and a small configuration (120 days, 2,400 conversions).</summary>
public sealed class SeedDemoCommandTests : IDisposable
{
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2025, 3, 15, 10, 30, 0, TimeSpan.Zero));
    private static readonly string[] Tables = ["touchpoints", "conversions", "ad_spend_daily", "geo_kpi_daily", "incrementality_experiments", "demo_truth"];

    private readonly string _slug = "t-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _truthFile = Path.Combine(Path.GetTempPath(), "seed-demo-" + Guid.NewGuid().ToString("N") + ".json");
    private readonly IConfiguration _configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();

    [Fact]
    public async Task SeedDemo_NewTenant_CreatesItAndWritesEveryTableUnderRowLevelSecurity()
    {
        var (exit, output) = await RunAsync();
        var expected = Expected(42);
        var tenant = (await DemoDatabase.TenantIdAsync(_slug))!.Value;

        Assert.Equal(0, exit);
        Assert.Contains($"touchpoints {expected.Touchpoints.Count}, conversions {expected.Conversions.Count}", output, StringComparison.Ordinal);
        Assert.Equal(new long[] { expected.Touchpoints.Count, expected.Conversions.Count, expected.Spend.Count, expected.GeoKpis.Count, 1, 1 }, await CountsAsync(tenant));
        Assert.Equal(expected.Conversions.Sum(c => c.Revenue), await DemoDatabase.ScalarAsync<decimal>(tenant, "select sum(revenue) from conversions"));
        Assert.Equal(expected.Experiment.Id, await DemoDatabase.ScalarAsync<Guid>(tenant, "select id from incrementality_experiments where status = 'completed'"));
        Assert.Equal(5, await DemoDatabase.ScalarAsync<int>(tenant, "select jsonb_array_length(truth -> 'channels') from demo_truth"));
        foreach (var table in Tables)
        {
            Assert.Equal(0L, await DemoDatabase.ScalarAsync<long>(null, $"select count(*) from {table}"));
        }

        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(_truthFile));
        Assert.Equal(expected.Truth.Channels[0].Contribution, file.RootElement.GetProperty("channels")[0].GetProperty("contribution").GetDouble());
    }

    [Fact]
    public async Task SeedDemo_SecondRunWithoutForce_SaysAlreadySeededAndChangesNothing()
    {
        await RunAsync();
        var tenant = (await DemoDatabase.TenantIdAsync(_slug))!.Value;
        var before = await SnapshotAsync(tenant);

        var (exit, output) = await RunAsync();

        Assert.Equal(0, exit);
        Assert.Contains("already seeded", output, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(tenant));
    }

    [Fact]
    public async Task SeedDemo_Force_ReplacesTheTenantsData()
    {
        await RunAsync();
        var tenant = (await DemoDatabase.TenantIdAsync(_slug))!.Value;

        var (exit, _) = await RunAsync("--force", "--seed", "7");
        var expected = Expected(7);

        Assert.Equal(0, exit);
        Assert.Equal(new long[] { expected.Touchpoints.Count, expected.Conversions.Count, expected.Spend.Count, expected.GeoKpis.Count, 1, 1 }, await CountsAsync(tenant));
        Assert.Equal(7, await DemoDatabase.ScalarAsync<int>(tenant, "select (options ->> 'seed')::int from demo_truth"));
        Assert.Equal(expected.Experiment.Id, await DemoDatabase.ScalarAsync<Guid>(tenant, "select id from incrementality_experiments"));
    }

    [Theory]
    [InlineData("--days", "ten")]
    [InlineData("--days", "30")]
    [InlineData("--tenant", "Not_A_Slug")]
    [InlineData("--colour", "blue")]
    public async Task SeedDemo_BadArguments_ExitTwoWithUsage(string name, string value)
    {
        var output = new StringWriter();

        var exit = await SeedDemoCommand.RunAsync([name, value], _configuration, Clock, output, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith("seed-demo: ", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_truthFile);

    private async Task<(int Exit, string Output)> RunAsync(params string[] extra)
    {
        var output = new StringWriter();
        string[] args = ["--tenant", _slug, "--days", "120", "--conversions", "2400", "--truth-file", _truthFile, .. extra];
        var exit = await SeedDemoCommand.RunAsync(args, _configuration, Clock, output, CancellationToken.None);
        return (exit, output.ToString());
    }

    private static DemoDataset Expected(long seed) => DemoGenerator.Generate(
        new DemoOptions { EndDate = new DateOnly(2025, 3, 14), Days = 120, TargetConversions = 2400, Seed = seed });

    private static async Task<long[]> CountsAsync(Guid tenant) =>
        await Task.WhenAll(Tables.Select(table => DemoDatabase.ScalarAsync<long>(tenant, $"select count(*) from {table}")));

    /// <summary>Counts, identity high-water marks and the truth's timestamp: a rewrite would change at least the ids.</summary>
    private static async Task<string> SnapshotAsync(Guid tenant) => string.Join(',',
        string.Join(',', await CountsAsync(tenant)),
        await DemoDatabase.ScalarAsync<long>(tenant, "select max(id) from touchpoints"),
        await DemoDatabase.ScalarAsync<long>(tenant, "select max(id) from conversions"),
        await DemoDatabase.ScalarAsync<DateTime>(tenant, "select generated_at from demo_truth"));
}
