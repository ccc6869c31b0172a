using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

/// <summary>
/// A standard normal truncated to the box <c>[-bound, bound]^n</c>: log density <c>-|x|^2 / 2</c> inside and
/// <c>-infinity</c> outside, so leapfrog steps that leave the box are divergent.
/// </summary>
internal sealed class BoxedGaussianDensity(int dimension, double bound) : ILogDensity
{
    public int Dimension => dimension;

    public double Evaluate(ReadOnlySpan<double> position, Span<double> gradient)
    {
        var logDensity = 0.0;
        for (var i = 0; i < dimension; i++)
        {
            if (Math.Abs(position[i]) > bound)
            {
                gradient.Fill(double.NaN);
                return double.NegativeInfinity;
            }

            gradient[i] = -position[i];
            logDensity -= 0.5 * position[i] * position[i];
        }

        return logDensity;
    }
}
