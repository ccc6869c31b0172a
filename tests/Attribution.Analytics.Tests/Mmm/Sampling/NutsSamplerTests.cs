using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

public sealed class NutsSamplerTests
{
    private static readonly double[] Scales = [0.1, 0.2, 0.5, 1, 1.5, 2, 3, 5, 7, 10];

    [Fact]
    public void Sample_IndependentGaussianWithScales0_1To10_MeansAndSdsMatchTruth()
    {
        // Oracle: the target is N(0, diag(sd^2)) exactly. Tolerance: each mean within 5 standard errors
        // sd / sqrt(1000) (4 chains x 1000 draws, assuming an effective size of at least 1000), each sd within 10%
        // (about 4.5 standard errors sd / sqrt(2 * 1000)). No divergences on a Gaussian.
        var chains = SampleChains(GaussianDensity.Independent(Scales), new NutsOptions(), seed: 11);

        for (var i = 0; i < Scales.Length; i++)
        {
            var (mean, sd) = MeanAndSd(chains, i);
            Assert.InRange(mean, -5 * Scales[i] / Math.Sqrt(1000), 5 * Scales[i] / Math.Sqrt(1000));
            Assert.InRange(sd / Scales[i], 0.9, 1.1);
        }

        Assert.All(chains, c => Assert.Equal(0, c.Divergences));
    }

    [Fact]
    public void Sample_CorrelatedGaussianRho0_9_MeansSdsAndCorrelationMatchTruth()
    {
        // Oracle: N(0, [[1, 0.9], [0.9, 1]]). Tolerance: means within 5 / sqrt(1000) (as above), sds within 10%,
        // the sample correlation within 0.02 of 0.9 (its standard error is (1 - 0.9^2) / sqrt(1000) = 0.006).
        var chains = SampleChains(GaussianDensity.Correlated(0.9), new NutsOptions(), seed: 12);

        for (var i = 0; i < 2; i++)
        {
            var (mean, sd) = MeanAndSd(chains, i);
            Assert.InRange(mean, -5 / Math.Sqrt(1000), 5 / Math.Sqrt(1000));
            Assert.InRange(sd, 0.9, 1.1);
        }

        var all = chains.SelectMany(c => c.Draws).ToArray();
        var correlation = all.Average(d => d[0] * d[1]) / (MeanAndSd(chains, 0).Sd * MeanAndSd(chains, 1).Sd);
        Assert.InRange(correlation, 0.88, 0.92);
        Assert.All(chains, c => Assert.Equal(0, c.Divergences));
    }

    [Fact]
    public void Sample_SameSeedAndChain_BitIdenticalDraws()
    {
        var options = new NutsOptions(Warmup: 150, Draws: 100);
        var density = GaussianDensity.Correlated(0.5);

        var first = NutsSampler.Sample(density, [1.0, -1.0], options, seed: 7, chain: 2);
        var second = NutsSampler.Sample(density, [1.0, -1.0], options, seed: 7, chain: 2);

        Assert.Equal(first.Draws, second.Draws);
        Assert.Equal(first.StepSize, second.StepSize);
        Assert.Equal(first.GradientEvaluations, second.GradientEvaluations);
    }

    [Fact]
    public void Sample_DifferentChainIndex_DifferentDraws()
    {
        var options = new NutsOptions(Warmup: 150, Draws: 100);
        var density = GaussianDensity.Correlated(0.5);

        var first = NutsSampler.Sample(density, [1.0, -1.0], options, seed: 7, chain: 0);
        var second = NutsSampler.Sample(density, [1.0, -1.0], options, seed: 7, chain: 1);

        Assert.NotEqual(first.Draws[^1], second.Draws[^1]);
    }

    internal static ChainResult[] SampleChains(ILogDensity density, NutsOptions options, ulong seed)
    {
        var random = new Random(unchecked((int)seed));
        return [.. Enumerable.Range(0, 4).Select(chain =>
        {
            var initial = Enumerable.Range(0, density.Dimension).Select(_ => (4 * random.NextDouble()) - 2).ToArray();
            return NutsSampler.Sample(density, initial, options, seed, chain);
        })];
    }

    private static (double Mean, double Sd) MeanAndSd(ChainResult[] chains, int dimension)
    {
        var values = chains.SelectMany(c => c.Draws).Select(d => d[dimension]).ToArray();
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)));
    }
}
