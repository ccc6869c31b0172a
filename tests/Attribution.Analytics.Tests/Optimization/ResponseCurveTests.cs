using Attribution.Analytics.Optimization;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>
/// <see cref="ResponseCurve"/> against the Hill formula evaluated directly (<see cref="Curves.Value"/>,
/// <see cref="Curves.Slope"/>). Tolerances: exact evaluation 1e-12 relative (rounding); the interpolated table 1e-7
/// relative to beta (its bound is about 3e-8 beta for shapes up to 3, see the type's summary; measured 1.4e-8 for shape 2.8).
/// </summary>
public sealed class ResponseCurveTests
{
    private static readonly double[] Betas = [300, 800, 120];
    private static readonly double[] Ks = [0.5, 1.2, 2.5];
    private static readonly double[] Shapes = [0.6, 1.0, 2.8];
    private const double Scale = 40;

    private static readonly ResponseCurve Curve = ResponseCurve.FromDraws("tv", Scale, Betas, Ks, Shapes);

    [Theory]
    [InlineData(0.3)]
    [InlineData(7.5)]
    [InlineData(40)]
    [InlineData(133.7)]
    [InlineData(2000)]
    public void Response_AnySpend_MatchesMeanOfHillDraws(double spend)
    {
        var expected = Enumerable.Range(0, 3).Average(d => Curves.Value(Betas[d], Ks[d] * Scale, Shapes[d], spend));
        var slope = Enumerable.Range(0, 3).Average(d => Curves.Slope(Betas[d], Ks[d] * Scale, Shapes[d], spend));

        Curves.Relative(expected, Curve.ExactResponse(spend), 1e-12);
        Curves.Relative(slope, Curve.ExactMarginal(spend), 1e-12);
        Assert.InRange(Curve.Response(spend) - expected, -1e-7 * Betas.Max(), 1e-7 * Betas.Max());
        Assert.InRange(Curve.Marginal(spend) - slope, -1e-6 * slope - 1e-12, 1e-6 * slope + 1e-12);
    }

    [Fact]
    public void Response_DenseSweep_TableWithinItsErrorBound()
    {
        // Oracle: the exact mean over draws; 2,000 spends log-spaced over the table's whole range.
        for (var i = 0; i < 2000; i++)
        {
            var spend = Scale * Math.Exp(-7 + (11.5 * i / 2000.0));
            Assert.InRange(Curve.Response(spend) - Curve.ExactResponse(spend), -1e-7 * Betas.Max(), 1e-7 * Betas.Max());
        }
    }

    [Fact]
    public void Marginal_AtZero_IsTheLimitPerDraw()
    {
        // Oracle: shape < 1 gives +infinity; with shapes 1 and 2.8 only, the limit is beta / (k S) for shape 1: 800 / (1.2 x 40) / 2.
        Assert.Equal(double.PositiveInfinity, Curve.Marginal(0));
        var curve = ResponseCurve.FromDraws("tv", Scale, [800, 120], [1.2, 2.5], [1, 2.8]);
        Curves.Relative(800 / (1.2 * 40) / 2, curve.Marginal(0), 1e-12);
        Assert.Equal(0, curve.Response(0));
    }

    [Fact]
    public void ResponseDraws_EachDrawIsItsHill()
    {
        var draws = new double[3];

        Curve.ResponseDraws(55, draws);

        for (var d = 0; d < 3; d++)
        {
            Curves.Relative(Curves.Value(Betas[d], Ks[d] * Scale, Shapes[d], 55), draws[d], 1e-12);
        }
    }

    [Fact]
    public void Concave_OnlyWhenEveryShapeAtMostOne()
    {
        Assert.False(Curve.Concave);
        Assert.True(ResponseCurve.FromDraws("tv", 1, [1, 2], [1, 1], [0.5, 1]).Concave);
    }

    [Fact]
    public void FromDraws_InvalidDraws_Throw()
    {
        Assert.Throws<ArgumentException>(() => ResponseCurve.FromDraws("tv", 1, [1], [0], [1]));
        Assert.Throws<ArgumentException>(() => ResponseCurve.FromDraws("tv", 1, [1, 2], [1], [1]));
        Assert.Throws<ArgumentException>(() => ResponseCurve.FromDraws("tv", 0, [1], [1], [1]));
        Assert.Throws<ArgumentException>(() => ResponseCurve.FromDraws("tv", 1, [double.NaN], [1], [1]));
    }
}
