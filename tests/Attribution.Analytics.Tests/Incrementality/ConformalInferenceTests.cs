using Attribution.Analytics.Incrementality;

namespace Attribution.Analytics.Tests.Incrementality;

/// <summary>
/// Conformal inference on the GeoLift walkthrough. Oracle: the published GeoLift p-value (iid, 1,000 shuffles) of about
/// 0.01, measured at 0.005-0.022 across seeds (shared datasets README), so each seed must land in [0.005, 0.025]; the
/// cyclic-block p-value is k/105 by construction, and an independent numpy/scipy reimplementation gives 5/105.
/// </summary>
public sealed class ConformalInferenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2021)]
    public void PValue_IidWalkthrough_InPublishedRange(int seed)
    {
        var options = new ConformalOptions(PermutationScheme.Iid, 1000, seed);
        var p = ConformalInference.PValue(GeoLiftWalkthrough.Request, options);
        Assert.InRange(p, 0.005, 0.025); // published range, exact bounds
    }

    [Fact]
    public void PValue_CyclicBlockWalkthrough_IsFiveOf105()
    {
        var p = ConformalInference.PValue(GeoLiftWalkthrough.Request, new ConformalOptions());
        Assert.Equal(5.0 / 105, p, 1e-12); // exact count over the 105 shifts
    }

    [Fact]
    public void Test_CyclicBlockWalkthrough_IntervalAgreesWithPValue()
    {
        // oracle: numpy reimplementation gives block p(0) = 5/105 and p(-120) = 13/105, so at alpha 0.1 zero is rejected
        // and the inverted set is non-empty; the interval must exclude 0 (exact logical check)
        var result = ConformalInference.Test(GeoLiftWalkthrough.Request, new ConformalOptions(Alpha: 0.1));
        Assert.Equal(5.0 / 105, result.PValue, 1e-12);
        Assert.False(double.IsNaN(result.AttLower));
        Assert.True(result.AttLower > 0 || result.AttUpper < 0, $"{result}");
    }

    [Fact]
    public void PValue_SameSeed_IsReproducible()
    {
        var options = new ConformalOptions(PermutationScheme.Iid, 200, 42);
        Assert.Equal(
            ConformalInference.PValue(GeoLiftWalkthrough.Request, options),
            ConformalInference.PValue(GeoLiftWalkthrough.Request, options)); // exact: seeded
    }
}
