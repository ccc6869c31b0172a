using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

public sealed class NutsSamplerTests
{
    private static readonly double[] Scales = [0.1, 0.2, 0.5, 1, 1.5, 2, 3, 5, 7, 10];

    [Fact]
    public void Sample_IndependentGaussianWithScales0_1To10_MomentsMatchTruthAndChainsConverge()
    {
        // Oracle: the target is N(0, diag(sd^2)) exactly. Tolerances: each mean within 4 Monte Carlo standard errors
        // (sd / sqrt(ESS for the mean)) of 0; each sd within 10% (the sd's standard error is about sd / sqrt(2 ESS),
        // so 10% is over 4 of them for ESS >= 1000); rank-normalised split R-hat below 1.01 for every coordinate over
        // 4 chains; no divergences (a Gaussian has no region a well-adapted step size cannot integrate).
        var chains = SampleChains(GaussianDensity.Independent(Scales), new NutsOptions(), seed: 11);

        for (var i = 0; i < Scales.Length; i++)
        {
            var draws = Coordinate(chains, i);
            Assert.InRange(Mean(draws), -4 * ConvergenceDiagnostics.MeanStandardError(draws), 4 * ConvergenceDiagnostics.MeanStandardError(draws));
            Assert.InRange(Sd(draws) / Scales[i], 0.9, 1.1);
            Assert.True(ConvergenceDiagnostics.SplitRhat(draws) < 1.01);
        }

        Assert.All(chains, c => Assert.Equal(0, c.Divergences));
    }

    [Fact]
    public void Sample_CorrelatedGaussianRho0_9_MomentsMatchTruthAndChainsConverge()
    {
        // Oracle: N(0, [[1, 0.9], [0.9, 1]]). Tolerances as above, plus the pooled sample correlation within 0.02 of
        // 0.9 (its standard error is (1 - 0.9^2) / sqrt(ESS) <= 0.006 for ESS >= 1000, so over 3 of them).
        var chains = SampleChains(GaussianDensity.Correlated(0.9), new NutsOptions(), seed: 12);

        for (var i = 0; i < 2; i++)
        {
            var draws = Coordinate(chains, i);
            Assert.InRange(Mean(draws), -4 * ConvergenceDiagnostics.MeanStandardError(draws), 4 * ConvergenceDiagnostics.MeanStandardError(draws));
            Assert.InRange(Sd(draws), 0.9, 1.1);
            Assert.True(ConvergenceDiagnostics.SplitRhat(draws) < 1.01);
        }

        var all = chains.SelectMany(c => c.Draws).ToArray();
        var correlation = all.Average(d => d[0] * d[1]) / (Sd(Coordinate(chains, 0)) * Sd(Coordinate(chains, 1)));
        Assert.InRange(correlation, 0.88, 0.92);
        Assert.All(chains, c => Assert.Equal(0, c.Divergences));
    }

    [Fact]
    public void Sample_LogisticWithConditionalGaussian_TailProbabilitiesMatchClosedForm()
    {
        // Oracle: x is standard logistic, so P(x < 1) = 1/(1 + e^-1) = 0.7311 and P(x < -2) = 0.1192, Var x = pi^2/3;
        // y | x ~ N(x/2, 1) gives Var y = pi^2/12 + 1. 4 x 2000 draws (ESS of the indicators well over 2000):
        // tolerance 0.03 on probabilities (over 3 binomial standard errors), 10% on variances.
        var chains = SampleChains(new LogisticDensity(), new NutsOptions(Draws: 2000), seed: 13);
        var x = chains.SelectMany(c => c.Draws).Select(d => d[0]).ToArray();
        var y = chains.SelectMany(c => c.Draws).Select(d => d[1]).ToArray();

        Assert.Equal(1 / (1 + Math.Exp(-1)), x.Count(v => v < 1) / (double)x.Length, 0.03);
        Assert.Equal(1 / (1 + Math.Exp(2)), x.Count(v => v < -2) / (double)x.Length, 0.03);
        Assert.InRange(Sd([x]) * Sd([x]) / (Math.PI * Math.PI / 3), 0.9, 1.1);
        Assert.InRange(Sd([y]) * Sd([y]) / ((Math.PI * Math.PI / 12) + 1), 0.9, 1.1);
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
        Assert.Equal(first.InverseMetric, second.InverseMetric);
        Assert.Equal(first.GradientEvaluations, second.GradientEvaluations);
    }

    [Fact]
    public void Sample_DifferentChainIndexOrSeed_DifferentDraws()
    {
        var options = new NutsOptions(Warmup: 150, Draws: 100);
        var density = GaussianDensity.Correlated(0.5);

        var baseline = NutsSampler.Sample(density, [1.0, -1.0], options, seed: 7, chain: 0);
        var otherChain = NutsSampler.Sample(density, [1.0, -1.0], options, seed: 7, chain: 1);
        var otherSeed = NutsSampler.Sample(density, [1.0, -1.0], options, seed: 8, chain: 0);

        Assert.NotEqual(baseline.Draws[^1], otherChain.Draws[^1]);
        Assert.NotEqual(baseline.Draws[^1], otherSeed.Draws[^1]);
    }

    [Fact]
    public void Sample_TargetMinusInfinityOutsideBox_CountsDivergencesAndStaysInside()
    {
        // Oracle: N(0, I) truncated to [-0.5, 0.5]^2 is nearly flat inside, so trajectories run into the walls, where
        // the density is -infinity: those leapfrog steps are divergences, are never selected, and the chain stays in
        // the box. The truncated law is symmetric: the mean is 0 (tolerance 0.05, the sd is about 0.28).
        var result = NutsSampler.Sample(new BoxedGaussianDensity(2, 0.5), [0.1, -0.1], new NutsOptions(Warmup: 300, Draws: 500), seed: 3, chain: 0);

        Assert.True(result.Divergences > 0);
        Assert.All(result.Draws, d => Assert.All(d, x => Assert.InRange(x, -0.5, 0.5)));
        Assert.InRange(result.Draws.Average(d => d[0]), -0.05, 0.05);
    }

    [Fact]
    public void Sample_NealsFunnel_CountsDivergencesWithFiniteDraws()
    {
        // Oracle: Neal's funnel with 9 x's is the textbook case of divergences for a single step size (Betancourt
        // 2017, section 6.2); the sampler must flag them and keep finite draws, not crash.
        var result = NutsSampler.Sample(new FunnelDensity(9), new double[10], new NutsOptions(Warmup: 300, Draws: 300), seed: 4, chain: 0);

        Assert.True(result.Divergences > 0);
        Assert.All(result.Draws, d => Assert.All(d, x => Assert.True(double.IsFinite(x))));
    }

    [Fact]
    public void Sample_MaxTreeDepthOne_EveryDrawHitsTheLimit()
    {
        // Oracle: with depth 1 a transition is a single leapfrog step, so every non-divergent draw reaches the limit.
        var result = NutsSampler.Sample(GaussianDensity.Independent(Scales), new double[10], new NutsOptions(Warmup: 100, Draws: 100, MaxTreeDepth: 1), seed: 5, chain: 0);

        Assert.Equal(result.Draws.Length - result.Divergences, result.MaxTreeDepthHits);
        Assert.All(result.TreeDepths, depth => Assert.True(depth <= 1));
    }

    [Fact]
    public void Sample_CountsEveryDensityEvaluation()
    {
        var density = GaussianDensity.Independent(Scales);

        var result = NutsSampler.Sample(density, new double[10], new NutsOptions(Warmup: 100, Draws: 100), seed: 6, chain: 0);

        Assert.Equal(density.Evaluations, result.GradientEvaluations);
        Assert.Equal(100, result.LogDensities.Length);
        Assert.Equal(100, result.Energies.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(60)]
    public void Sample_ShortOrNoWarmup_FinishesWithFiniteStepSize(int warmup)
    {
        var result = NutsSampler.Sample(GaussianDensity.Correlated(0.5), [0.5, 0.5], new NutsOptions(Warmup: warmup, Draws: 50), seed: 8, chain: 0);

        Assert.Equal(50, result.Draws.Length);
        Assert.True(double.IsFinite(result.StepSize) && result.StepSize > 0);
    }

    [Fact]
    public void Sample_ReportsProgressEvery50IterationsAndAtTheEnd()
    {
        var progress = new RecordingProgress();

        NutsSampler.Sample(GaussianDensity.Correlated(0.5), [0.5, 0.5], new NutsOptions(Warmup: 100, Draws: 120), seed: 9, chain: 3, progress);

        Assert.Equal([50, 100, 150, 200, 220], progress.Reports.Select(p => p.Iteration));
        Assert.All(progress.Reports, p => Assert.Equal((3, 220), (p.Chain, p.TotalIterations)));
        Assert.Equal([true, true, false, false, false], progress.Reports.Select(p => p.Warmup));
    }

    [Fact]
    public void Sample_CancelledBetweenIterations_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(_ => cancellation.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() =>
            NutsSampler.Sample(GaussianDensity.Correlated(0.5), [0.5, 0.5], new NutsOptions(), seed: 1, chain: 0, progress, cancellation.Token));
        Assert.Single(progress.Reports);
    }

    [Fact]
    public void Sample_InvalidInitialPosition_Throws()
    {
        var box = new BoxedGaussianDensity(2, 0.5);

        Assert.Throws<ArgumentException>(() => NutsSampler.Sample(box, [0.0], new NutsOptions(), seed: 1, chain: 0));
        Assert.Throws<ArgumentException>(() => NutsSampler.Sample(box, [2.0, 0.0], new NutsOptions(), seed: 1, chain: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NutsSampler.Sample(box, [0.0, 0.0], new NutsOptions(), seed: 1, chain: -1));
    }

    [Fact]
    public void Sample_FlatImproperTarget_ThrowsInsteadOfLooping()
    {
        // Oracle: with log p = 0 every leapfrog step is accepted, so the step-size search doubles past 1e7 (Stan's
        // "posterior is improper" check).
        Assert.Throws<InvalidOperationException>(() => NutsSampler.Sample(new FlatDensity(), [0.0], new NutsOptions(), seed: 1, chain: 0));
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

    private static double[][] Coordinate(ChainResult[] chains, int dimension) =>
        [.. chains.Select(c => c.Draws.Select(d => d[dimension]).ToArray())];

    private static double Mean(double[][] chains) => chains.SelectMany(c => c).Average();

    private static double Sd(double[][] chains)
    {
        var mean = Mean(chains);
        var values = chains.SelectMany(c => c).ToArray();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
