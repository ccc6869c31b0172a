using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

public sealed class ConvergenceDiagnosticsTests
{
    [Fact]
    public void All_FixedDataset_MatchNumpyTranscriptionOfPosteriorPackage()
    {
        // Oracle: a numpy/scipy transcription of the posterior R package's rhat, ess_bulk, ess_tail and ess_mean
        // (direct O(n^2) autocovariances, scipy rankdata + norm.ppf), run on the same dataset while writing this code:
        // rhat 1.052165832075 (bulk 1.052165832075, folded 1.024230328498), ess_bulk 50.729363193291,
        // ess_tail 126.504780903900 (q05 134.067215863527, q95 126.504780903900), ess_mean 49.542544476018.
        // Tolerance 1e-6 (absolute).
        var chains = SyntheticChains.Oracle();

        Assert.Equal(1.052165832075, ConvergenceDiagnostics.SplitRhat(chains), 1e-6);
        Assert.Equal(50.729363193291, ConvergenceDiagnostics.BulkEss(chains), 1e-6);
        Assert.Equal(126.504780903900, ConvergenceDiagnostics.TailEss(chains), 1e-6);
        Assert.Equal(49.542544476018, ConvergenceDiagnostics.MeanEss(chains), 1e-6);
    }

    [Fact]
    public void SplitRhatAndBulkEss_IidNormalChains_RhatNearOneAndEssNearDrawCount()
    {
        // Oracle: 4 x 1000 iid N(0, 1) draws are perfectly mixed: R-hat -> 1 and ESS -> 4000. Tolerances from 40
        // simulated replicates (numpy): |R-hat - 1| reached at most 0.0027 (bound 0.005); ESS / 4000 had sd 0.038
        // (bound 15%, about 4 sd).
        var chains = SyntheticChains.Normal(5, 1000, [0, 0, 0, 0], [1, 1, 1, 1]);

        Assert.InRange(ConvergenceDiagnostics.SplitRhat(chains), 0.995, 1.005);
        Assert.InRange(ConvergenceDiagnostics.BulkEss(chains), 0.85 * 4000, 1.15 * 4000);
        Assert.InRange(ConvergenceDiagnostics.TailEss(chains), 0.7 * 4000, 1.3 * 4000);
    }

    [Fact]
    public void BulkEssAndMeanEss_Ar1Phi0_9_CloseToClosedForm()
    {
        // Oracle: for a stationary AR(1) the integrated autocorrelation time is (1 + phi)/(1 - phi), so
        // ESS = N (1 - phi)/(1 + phi) = 80000 / 19 = 4210.5. Tolerance 20%: over 20 simulated replicates of this
        // size (numpy) the ratio had sd 0.06.
        var chains = SyntheticChains.Ar1(9, chains: 4, draws: 20000, phi: 0.9);
        var truth = 4 * 20000 * (1 - 0.9) / (1 + 0.9);

        Assert.InRange(ConvergenceDiagnostics.BulkEss(chains) / truth, 0.8, 1.2);
        Assert.InRange(ConvergenceDiagnostics.MeanEss(chains) / truth, 0.8, 1.2);
    }

    [Fact]
    public void SplitRhat_ChainsWithShiftedMeans_AboveOnePointOne()
    {
        // Oracle: chains centred at 0, 0, 0 and 1 (sd 1) sample different distributions; the between-chain variance
        // alone gives R-hat about sqrt(1 + 0.1875) = 1.09 on the raw scale before splitting, more after; threshold 1.1.
        var chains = SyntheticChains.Normal(6, 1000, [0, 0, 0, 1.5], [1, 1, 1, 1]);

        Assert.True(ConvergenceDiagnostics.SplitRhat(chains) > 1.1);
    }

    [Fact]
    public void SplitRhat_ChainsDifferingOnlyInScale_CaughtByFoldedRhat()
    {
        // Oracle: two chains N(0, 1) and two N(0, 3^2) share mean and median, so the bulk (location) R-hat stays near 1
        // (below 1.01), while the folded draws |x - median| differ in location between chains: R-hat > 1.05.
        var chains = SyntheticChains.Normal(7, 1000, [0, 0, 0, 0], [1, 1, 3, 3]);
        var bulkOnly = BasicDiagnostics.Rhat(RankNormalization.ZScores(DrawChains.Split(chains)));

        Assert.True(bulkOnly < 1.01, $"bulk R-hat {bulkOnly}");
        Assert.True(ConvergenceDiagnostics.SplitRhat(chains) > 1.05);
    }

    [Fact]
    public void All_ConstantOrNonFiniteDraws_ReturnNaN()
    {
        double[][] constant = [[1, 1, 1, 1], [1, 1, 1, 1]];
        double[][] infinite = [[1, 2, 3, double.PositiveInfinity], [1, 2, 3, 4]];

        Assert.True(double.IsNaN(ConvergenceDiagnostics.SplitRhat(constant)));
        Assert.True(double.IsNaN(ConvergenceDiagnostics.BulkEss(infinite)));
        Assert.True(double.IsNaN(ConvergenceDiagnostics.TailEss(constant)));
    }

    [Fact]
    public void All_UnequalOrTooShortChains_Throw()
    {
        Assert.Throws<ArgumentException>(() => ConvergenceDiagnostics.SplitRhat([[1, 2, 3, 4], [1, 2, 3]]));
        Assert.Throws<ArgumentException>(() => ConvergenceDiagnostics.BulkEss([[1, 2, 3]]));
        Assert.Throws<ArgumentException>(() => ConvergenceDiagnostics.TailEss([]));
    }

    [Fact]
    public void Autocovariance_ShortSeries_EqualsDirectSum()
    {
        // Oracle: the definition acov(k) = (1/n) sum_t (y_t - ybar)(y_{t+k} - ybar), summed directly. Tolerance 1e-12.
        double[] y = [0.3, -1.2, 2.5, 0.7, -0.4, 1.9, -2.2];
        var mean = y.Average();
        var acov = Autocovariance.Compute(y);

        for (var k = 0; k < y.Length; k++)
        {
            var direct = Enumerable.Range(0, y.Length - k).Sum(t => (y[t] - mean) * (y[t + k] - mean)) / y.Length;
            Assert.Equal(direct, acov[k], 1e-12);
        }
    }
}
