using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

public sealed class NutsOptionsTests
{
    [Fact]
    public void Constructor_Defaults_AreStanDefaults() =>
        Assert.Equal(new NutsOptions(1000, 1000, 0.8, 10, 0.1), new NutsOptions());

    [Fact]
    public void Constructor_OutOfRangeValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions(Warmup: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions(Draws: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions(TargetAcceptance: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions(TargetAcceptance: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions(MaxTreeDepth: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions(MaxTreeDepth: 21));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions(InitialStepSize: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions(InitialStepSize: double.NaN));
    }

    [Fact]
    public void With_OutOfRangeValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NutsOptions() with { InitialStepSize = double.PositiveInfinity });

    [Fact]
    public void Constructor_BoundaryValues_AreAccepted()
    {
        var options = new NutsOptions(Warmup: 0, Draws: 1, TargetAcceptance: 0.99, MaxTreeDepth: 20, InitialStepSize: 1e-9);

        Assert.Equal((0, 1, 20), (options.Warmup, options.Draws, options.MaxTreeDepth));
    }
}
