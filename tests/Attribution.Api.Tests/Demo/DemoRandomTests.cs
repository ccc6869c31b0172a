using Attribution.Api.Demo.Generation;

namespace Attribution.Api.Tests.Demo;

public sealed class DemoRandomTests
{
    [Theory]
    [InlineData(0.7)]
    [InlineData(12)]
    [InlineData(137)]
    [InlineData(2_500)]
    public void NextPoisson_ManyDraws_MeanAndVarianceNearLambda(double lambda)
    {
        var random = new DemoRandom(1);
        var draws = Enumerable.Range(0, 40_000).Select(_ => (double)random.NextPoisson(lambda)).ToList();
        var mean = draws.Average();
        var variance = draws.Sum(d => (d - mean) * (d - mean)) / (draws.Count - 1);

        Assert.InRange(mean, lambda - (4 * Math.Sqrt(lambda / draws.Count)), lambda + (4 * Math.Sqrt(lambda / draws.Count)));
        Assert.InRange(variance / lambda, 0.95, 1.05);
    }

    [Fact]
    public void NextMeanOneFactor_ManyDraws_MeanOne()
    {
        var random = new DemoRandom(2);
        var mean = Enumerable.Range(0, 100_000).Average(_ => random.NextMeanOneFactor(0.55));

        Assert.InRange(mean, 0.99, 1.01);
    }

    [Fact]
    public void Streams_SameSeedDifferentStream_Differ()
    {
        Assert.Equal(new DemoRandom(3, 1).NextUInt64(), new DemoRandom(3, 1).NextUInt64());
        Assert.NotEqual(new DemoRandom(3, 1).NextUInt64(), new DemoRandom(3, 2).NextUInt64());
    }
}
