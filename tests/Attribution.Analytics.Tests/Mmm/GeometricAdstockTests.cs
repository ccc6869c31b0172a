using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>
/// Normalised geometric adstock. Oracles: the definition <c>w_l = a^l / sum_m a^m</c> and the direct convolution (the
/// O(T) recursion must agree with it to 1e-12); its decay derivative against central differences of the convolution
/// (h = 1e-6, tolerance 1e-7 relative; at decay 0 a forward difference, whose O(h) error needs 1e-5); a constant spend adstocks to itself once the window is full (weights sum to 1).
/// </summary>
public sealed class GeometricAdstockTests
{
    private static readonly double[] Spend = [3, 0, 0, 5, 1, 0, 0, 0, 0, 0, 0, 0, 2, 4, 4, 0, 7, 1, 0, 0];

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.9)]
    [InlineData(1.0)]
    public void Weights_MatchDefinitionAndSumToOne(double decay)
    {
        var weights = new double[8];

        GeometricAdstock.Weights(decay, weights);

        var sum = Enumerable.Range(0, 8).Sum(l => Math.Pow(decay, l));
        for (var l = 0; l < 8; l++)
        {
            Assert.Equal(Math.Pow(decay, l) / sum, weights[l], 1e-15);
        }

        Assert.Equal(1, weights.Sum(), 1e-15);
    }

    [Theory]
    [InlineData(0.0, 8)]
    [InlineData(0.4, 8)]
    [InlineData(0.95, 8)]
    [InlineData(0.6, 3)]
    public void Apply_Recursive_MatchesDirectConvolutionAndItsDerivative(double decay, int lag)
    {
        var direct = Direct(decay, lag);
        var result = new double[Spend.Length];
        var derivative = new double[Spend.Length];

        GeometricAdstock.Apply(Spend, decay, lag, result, derivative);

        const double h = 1e-6;
        var up = Direct(decay + h, lag);
        var down = Direct(Math.Max(decay - h, 0), lag);
        var step = decay + h - Math.Max(decay - h, 0);
        var tolerance = decay > h ? 1e-7 : 1e-5;
        for (var t = 0; t < Spend.Length; t++)
        {
            Assert.Equal(direct[t], result[t], 1e-12);
            var numeric = (up[t] - down[t]) / step;
            Assert.True(Math.Abs(derivative[t] - numeric) <= tolerance * Math.Max(1, Math.Abs(numeric)), $"t={t}: {derivative[t]} vs {numeric}");
        }
    }

    [Fact]
    public void Apply_WindowOfZeroSpend_IsExactlyZero()
    {
        // Spend is zero in periods 5-11, so with a window of 3 the adstock of periods 7-11 sums only zeros.
        var result = new double[Spend.Length];
        var derivative = new double[Spend.Length];

        GeometricAdstock.Apply(Spend, 0.5, 3, result, derivative);

        for (var t = 7; t <= 11; t++)
        {
            Assert.Equal(0, result[t]);
            Assert.Equal(0, derivative[t]);
        }
    }

    [Fact]
    public void Apply_ConstantSpend_ReachesTheSpendOnceTheWindowIsFull()
    {
        var spend = Enumerable.Repeat(4.0, 20).ToArray();
        var weights = new double[8];
        GeometricAdstock.Weights(0.7, weights);
        var result = new double[20];

        GeometricAdstock.Apply(spend, weights, result);

        Assert.All(result.Skip(7), u => Assert.Equal(4, u, 1e-12));
        Assert.True(result[0] < 4);
    }

    private static double[] Direct(double decay, int lag)
    {
        var weights = new double[lag];
        GeometricAdstock.Weights(decay, weights);
        var result = new double[Spend.Length];
        GeometricAdstock.Apply(Spend, weights, result);
        return result;
    }
}
