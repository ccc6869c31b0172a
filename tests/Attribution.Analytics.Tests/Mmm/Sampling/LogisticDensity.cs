using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

/// <summary>
/// A non-Gaussian 2-D test target: <c>x</c> standard logistic (<c>log p = -x - 2 log(1 + e^-x)</c>, CDF
/// <c>1/(1 + e^-x)</c>, variance <c>pi^2/3</c>) and <c>y | x ~ N(x/2, 1)</c>.
/// </summary>
internal sealed class LogisticDensity : ILogDensity
{
    public int Dimension => 2;

    public double Evaluate(ReadOnlySpan<double> position, Span<double> gradient)
    {
        var (x, y) = (position[0], position[1]);
        var residual = y - (0.5 * x);
        gradient[0] = -1.0 + (2.0 / (1.0 + Math.Exp(x))) + (0.5 * residual);
        gradient[1] = -residual;
        return -x - (2.0 * Math.Log(1.0 + Math.Exp(-x))) - (0.5 * residual * residual);
    }
}
