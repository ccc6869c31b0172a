using Attribution.Server.Commands;
using Attribution.Server.Tests.Demo;
using Microsoft.Extensions.Configuration;

namespace Attribution.Server.Tests.Journeys;

/// <summary>
/// A demo tenant seeded by the real <c>seed-demo</c> command (a CI-sized configuration: 120 days ending yesterday, about
/// 2,400 conversions over the 11 channels, non-converting visitors) and a Server to query it.
/// </summary>
public sealed class DemoJourneysFixture : IAsyncLifetime
{
    private readonly string _truthFile = Path.Combine(Path.GetTempPath(), "demo-journeys-" + Guid.NewGuid().ToString("N") + ".json");

    internal JourneyServer Api { get; } = new();

    internal Guid Tenant { get; private set; }

    public async Task InitializeAsync()
    {
        var slug = "demo-" + Guid.NewGuid().ToString("N")[..12];
        var output = new StringWriter();
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var exit = await SeedDemoCommand.RunAsync(
            ["--tenant", slug, "--days", "120", "--conversions", "2400", "--truth-file", _truthFile], configuration, TimeProvider.System, output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
        Tenant = (await DemoDatabase.TenantIdAsync(slug))!.Value;
        await Api.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        File.Delete(_truthFile);
        await Api.DisposeAsync();
    }
}
