using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

/// <summary>The improper flat density <c>log p(x) = 0</c> on the real line.</summary>
internal sealed class FlatDensity : ILogDensity
{
    public int Dimension => 1;

    public double Evaluate(ReadOnlySpan<double> position, Span<double> gradient)
    {
        gradient[0] = 0.0;
        return 0.0;
    }
}
