using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

public sealed class SamplerAdaptationTests
{
    [Theory]
    [InlineData(1000, new[] { 99, 149, 249, 449, 949 })]
    [InlineData(150, new[] { 99 })]
    [InlineData(100, new[] { 89 })]
    [InlineData(19, new int[0])]
    public void MetricAdaptation_Warmup_UsesStanWindows(int warmup, int[] ends)
    {
        // Oracle: Stan's schedule (Stan Reference Manual, "HMC algorithm parameters"): buffers 75 / 50 and slow
        // windows 25, 50, 100, 200, 500 for 1000 warm-up iterations; 15% / 75% / 10% for 100; nothing below 20.
        Assert.Equal(ends, new MetricAdaptation(warmup, 1).WindowEnds.Order());
    }

    [Fact]
    public void MetricAdaptation_WindowEnd_SetsRegularisedVariance()
    {
        // Oracle: positions 0, 1, ..., 74 at warm-up iterations 15..89 of 100 (the single slow window) have sample
        // variance 75 * 76 / 12 = 475; the inverse metric is (75/80) 475 + 1e-3 (5/80). Tolerance 1e-12.
        var adaptation = new MetricAdaptation(100, 1);
        var inverseMetric = new[] { 1.0 };
        var updates = 0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            updates += adaptation.Learn(iteration, [iteration - 15.0], inverseMetric) ? 1 : 0;
        }

        Assert.Equal(1, updates);
        Assert.Equal((75.0 / 80.0 * 475.0) + (1e-3 * 5.0 / 80.0), inverseMetric[0], 1e-12);
    }

    [Fact]
    public void StepSizeAdaptation_AcceptanceExpMinusStep_ConvergesToTheRoot()
    {
        // Oracle: if the acceptance statistic is exp(-eps), the step size with mean acceptance 0.8 is -ln 0.8 = 0.2231.
        // Dual averaging's averaged iterate converges to it; tolerance 2% after 2000 iterations.
        var adaptation = new StepSizeAdaptation(0.8);
        adaptation.Restart(1.0);
        var step = 1.0;
        for (var i = 0; i < 2000; i++)
        {
            step = adaptation.Learn(Math.Exp(-step));
        }

        Assert.Equal(-Math.Log(0.8), adaptation.Final(), 0.02 * -Math.Log(0.8));
    }

    [Fact]
    public void StepSizeAdaptation_NothingLearned_KeepsTheRestartValue()
    {
        var adaptation = new StepSizeAdaptation(0.8);
        adaptation.Restart(0.37);

        Assert.Equal(0.37, adaptation.Final());
    }

    [Fact]
    public void ChainRandom_Normals_HaveUnitMomentsAndUniformsStayInRange()
    {
        // Oracle: N(0, 1) moments. 200,000 draws: the mean's standard error is 0.0022 (tolerance 0.01), the
        // variance's 0.0032 (tolerance 0.015).
        var random = new ChainRandom(123, 0);
        var normals = Enumerable.Range(0, 200_000).Select(_ => random.NextNormal()).ToArray();
        var uniforms = Enumerable.Range(0, 10_000).Select(_ => random.NextUniform()).ToArray();

        Assert.InRange(normals.Average(), -0.01, 0.01);
        Assert.InRange(normals.Average(x => x * x), 0.985, 1.015);
        Assert.All(uniforms, u => Assert.InRange(u, 0.0, 1.0 - 1e-17));
    }

    [Fact]
    public void ChainRandom_SameSeedAndChain_SameStreamAndOtherChainsDiffer()
    {
        var (a, b, c) = (new ChainRandom(42, 1), new ChainRandom(42, 1), new ChainRandom(42, 2));
        var first = Enumerable.Range(0, 8).Select(_ => a.NextUInt64()).ToArray();

        Assert.Equal(first, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 8).Select(_ => c.NextUInt64()));
    }

    [Fact]
    public void Ebfmi_IidAndAr1Energies_MatchClosedForms()
    {
        // Oracle: for stationary AR(1) energies E[(E_t - E_{t-1})^2] / Var(E) = 2 (1 - phi): 2 for iid (phi = 0),
        // 0.2 for phi = 0.9. 20,000 draws; tolerance 5% (iid) and 10% (phi = 0.9).
        var iid = SyntheticChains.Ar1(3, 1, 20_000, 0.0)[0];
        var sticky = SyntheticChains.Ar1(4, 1, 20_000, 0.9)[0];

        Assert.InRange(ConvergenceDiagnostics.Ebfmi(iid), 1.9, 2.1);
        Assert.InRange(ConvergenceDiagnostics.Ebfmi(sticky), 0.18, 0.22);
    }
}
