using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>
/// Hill saturation <c>u^s / (u^s + k^s)</c>. Oracles: closed forms (hill(k) = 1/2; s = 1 gives u / (u + k); the
/// relative response is 1 at u = 1), the derivative <c>d hill / d ln u = s hill (1 - hill)</c>, and no overflow at
/// extreme arguments. Tolerance 1e-14 (rounding).
/// </summary>
public sealed class HillSaturationTests
{
    [Theory]
    [InlineData(0.5, 1.0)]
    [InlineData(2.0, 3.0)]
    [InlineData(1e-3, 0.3)]
    public void Evaluate_AtHalfSaturation_IsOneHalf(double k, double s) => Assert.Equal(0.5, HillSaturation.Evaluate(k, k, s), 1e-14);

    [Theory]
    [InlineData(0.2, 1.5)]
    [InlineData(3.0, 0.7)]
    public void Evaluate_ShapeOne_IsMichaelisMenten(double u, double k) => Assert.Equal(u / (u + k), HillSaturation.Evaluate(u, k, 1), 1e-14);

    [Fact]
    public void Evaluate_ZeroSpend_IsZero() => Assert.Equal(0, HillSaturation.Evaluate(0, 1, 2));

    [Theory]
    [InlineData(0.7, 2.5)]
    [InlineData(4.0, 0.5)]
    public void Relative_AtTypicalLevel_IsOne(double k, double s) => Assert.Equal(1, HillSaturation.Relative(1, k, s), 1e-14);

    [Theory]
    [InlineData(-800.0)]
    [InlineData(-3.0)]
    [InlineData(0.0)]
    [InlineData(2.0)]
    [InlineData(800.0)]
    public void EvaluateLog_SlopeIsHillTimesOneMinusHill_WithoutOverflow(double logRatio)
    {
        var hill = HillSaturation.EvaluateLog(logRatio, 1.3, out var slope);

        Assert.InRange(hill, 0, 1);
        Assert.Equal(hill * (1 - hill), slope, 1e-14);
        Assert.Equal(Math.Pow(Math.Exp(logRatio), 1.3) is var p && double.IsFinite(p) ? p / (p + 1) : 1, hill, 1e-14);
    }
}
