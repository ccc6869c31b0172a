using Attribution.Analytics.Incrementality;

namespace Attribution.Analytics.Tests.Incrementality;

/// <summary>
/// Golden tests against the published GeoLift walkthrough (GeoLift vignettes/GeoLift_Walkthrough.md, model "none" with
/// unit fixed effects): lift 5.4232%, incremental 4,666.66, ATT 155.5554, L2 909.4885, scaled L2 0.1636, top weights
/// cincinnati 0.2272, miami 0.2028, baton rouge 0.1335.
/// </summary>
public sealed class SyntheticControlTests
{
    private static readonly SyntheticControlResult Result = SyntheticControl.Fit(GeoLiftWalkthrough.Request);

    [Fact]
    public void Fit_GeoLiftWalkthrough_MatchesPublishedEffect()
    {
        Assert.Equal(5.4232, Result.LiftPercent, 0.05); // tolerance 0.05 percentage points
        Assert.Equal(4666.66, Result.Incremental, 1.0); // tolerance 1 unit
        Assert.Equal(155.5554, Result.Att, 0.01); // tolerance 0.01
        Assert.Equal(0.1636, Result.ScaledL2Imbalance, 1e-4); // tolerance 1e-4
        Assert.Equal(909.4885, Result.L2Imbalance, 0.01); // tolerance 0.01 (published to 4 dp)
    }

    [Fact]
    public void Fit_GeoLiftWalkthrough_TopDonorWeightsMatchPublished()
    {
        // tolerance 1e-4 on each published weight (printed to 4 dp)
        Assert.Equal(["cincinnati", "miami", "baton rouge"], Result.Weights.Take(3).Select(w => w.Location));
        Assert.Equal(0.2272, Result.Weights[0].Weight, 1e-4);
        Assert.Equal(0.2028, Result.Weights[1].Weight, 1e-4);
        Assert.Equal(0.1335, Result.Weights[2].Weight, 1e-4);
    }

    [Fact]
    public void Fit_GeoLiftWalkthrough_WeightsOnSimplexAndSeriesCoverWindow()
    {
        // closed-form constraints: weights >= 0, sum 1 (1e-12); 105 periods = 90 pre + 15 post
        Assert.All(Result.Weights, w => Assert.True(w.Weight >= 0));
        Assert.Equal(1.0, Result.Weights.Sum(w => w.Weight), 1e-12);
        Assert.Equal(105, Result.Observed.Count);
        Assert.Equal(105, Result.Counterfactual.Count);
        Assert.Equal((90, 15), (Result.PrePeriods, Result.PostPeriods));
    }

    [Fact]
    public void Fit_TreatedIsExactMixtureOfDonors_RecoversWeightsAndZeroEffect()
    {
        // oracle: treated = 0.3 a + 0.7 b + constant (fixed effect), so the exact weights are (0.3, 0.7, 0) and ATT = 0
        double[] a = [1, 4, 2, 8, 5, 7, 3, 9, 6, 2];
        double[] b = [3, 1, 6, 2, 7, 4, 8, 1, 5, 9];
        double[] c = [5, 5, 1, 1, 9, 2, 2, 7, 3, 3];
        var t = a.Select((v, i) => 100 + (0.3 * v) + (0.7 * b[i])).ToArray();
        var panel = new GeoPanel(["t", "a", "b", "c"], [t, a, b, c]);
        var result = SyntheticControl.Fit(new SyntheticControlRequest(panel, ["t"], 7, 9));
        var weights = result.Weights.ToDictionary(w => w.Location, w => w.Weight);
        Assert.Equal(0.3, weights["a"], 1e-6); // tolerance 1e-6 (ridge 1e-10 perturbation)
        Assert.Equal(0.7, weights["b"], 1e-6);
        Assert.Equal(0.0, result.Att, 1e-6);
    }

    [Fact]
    public void Fit_UnknownTestLocation_Throws()
    {
        var request = GeoLiftWalkthrough.Request with { TestLocations = ["atlantis"] };
        Assert.Throws<ArgumentException>(() => SyntheticControl.Fit(request));
    }
}
