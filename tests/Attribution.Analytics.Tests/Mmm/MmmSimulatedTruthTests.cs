using Attribution.Analytics.Mmm;
using Xunit.Abstractions;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>
/// Recovery of known truth: <see cref="MmmSimulator"/> generates 104 weeks of three channels (always on, campaign
/// bursts, pulsed) from the model's own form with known beta, decay, k and s, and reports the true in-sample ROI of each
/// channel (contribution / spend). Oracle: the simulator's truth. A calibrated 90% interval covers the truth about 9
/// times in 10; on six seeds checked while writing this test every interval covered (18 of 18), so a miss here means
/// the model or the sampler changed, not bad luck on a fresh draw (the data and chains are fixed by the seeds).
/// </summary>
public sealed class MmmSimulatedTruthTests(ITestOutputHelper output)
{
    [Fact]
    public void Fit_SimulatedThreeChannels_RoiIntervalsCoverTheTruth()
    {
        var simulation = MmmSimulator.Simulate(new MmmSimulationSpec(Periods: 104, Channels: 3, Events: 1), 1);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (_, _, fit) = MmmFits.Fit(simulation.Dataset, new MmmOptions(Chains: 4, Draws: 300, Warmup: 300, Seed: 3));

        output.WriteLine($"fit took {clock.Elapsed.TotalSeconds:F1} s; {fit.Diagnostics}");
        foreach (var truth in simulation.Truth)
        {
            var roi = fit.Channels.Single(c => c.Channel == truth.Channel).Roi;
            output.WriteLine($"{truth.Channel}: true ROI {truth.Roi:F3}, posterior {roi}");
            Assert.InRange(truth.Roi, roi.Lower, roi.Upper);
        }
    }

    [Fact]
    public void Simulate_SameSeed_SameDataAndTruth()
    {
        // Oracle: the simulator is seeded; the truth's ROI is its contribution over its spend by definition.
        var spec = new MmmSimulationSpec(Periods: 80, Channels: 4, Events: 2);

        var first = MmmSimulator.Simulate(spec, 9);
        var second = MmmSimulator.Simulate(spec, 9);

        Assert.Equal(first.Dataset.Target, second.Dataset.Target);
        Assert.Equal(first.Truth, second.Truth);
        Assert.NotEqual(first.Dataset.Target, MmmSimulator.Simulate(spec, 10).Dataset.Target);
        Assert.All(first.Truth, t => Assert.Equal(t.Contribution / t.Spend, t.Roi, 1e-12));
        MmmDatasetValidator.Validate(first.Dataset, new MmmOptions(MinimumPeriods: 52));
    }
}
