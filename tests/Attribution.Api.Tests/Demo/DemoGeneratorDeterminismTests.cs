using System.Text.Json;
using Attribution.Api.Demo;

namespace Attribution.Api.Tests.Demo;

public sealed class DemoGeneratorDeterminismTests
{
    [Fact]
    public void Generate_SameSeedTwice_IdenticalDatasetAndTruth()
    {
        var first = DemoDatasets.Small(7);
        var second = DemoDatasets.Small(7);

        Assert.Equal(DemoDatasets.Hash(first), DemoDatasets.Hash(second));
        Assert.Equal(JsonSerializer.Serialize(first.Truth), JsonSerializer.Serialize(second.Truth));
    }

    [Fact]
    public void Generate_DifferentSeeds_DifferentDatasets()
    {
        var a = DemoDatasets.Small(7);
        var b = DemoDatasets.Small(8);

        Assert.NotEqual(DemoDatasets.Hash(a), DemoDatasets.Hash(b));
        Assert.NotEqual(a.Truth.Channels[0].Spend, b.Truth.Channels[0].Spend);
    }

    [Theory]
    [InlineData(DemoOptions.MinimumDays - 1, 10_000)]
    [InlineData(365, 100)]
    public void Generate_OptionsOutOfRange_Throws(int days, int conversions)
    {
        var options = new DemoOptions { EndDate = DemoDatasets.EndDate, Days = days, TargetConversions = conversions };

        Assert.Throws<ArgumentOutOfRangeException>(() => DemoGenerator.Generate(options));
    }

    [Fact]
    public void Generate_MinimumDays_FitsTheLayout()
    {
        var dataset = DemoGenerator.Generate(new DemoOptions { EndDate = DemoDatasets.EndDate, Days = DemoOptions.MinimumDays, TargetConversions = 2_400 });
        var experiment = dataset.Experiment;

        Assert.Equal(DemoDatasets.EndDate.AddDays(-14), experiment.EndDate);
        Assert.Equal(27, experiment.EndDate.DayNumber - experiment.StartDate.DayNumber);
        Assert.True(experiment.PreTestDays >= 14);
        Assert.All(dataset.Truth.Anomalies, a => Assert.True(a.End < experiment.StartDate.AddDays(-experiment.PreTestDays)));
        Assert.All(dataset.Truth.Anomalies, a => Assert.True(a.Start >= dataset.Truth.StartDate));
    }
}
