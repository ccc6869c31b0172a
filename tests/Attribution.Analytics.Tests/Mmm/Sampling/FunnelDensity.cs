using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

/// <summary>
/// Neal's funnel: <c>v ~ N(0, 3^2)</c>, <c>x_i | v ~ N(0, e^v)</c>, position <c>(v, x_1..x_n)</c>:
/// <c>log p = -v^2/18 - n v/2 - sum x_i^2 / (2 e^v)</c>. Its neck needs step sizes far below those of its mouth, so
/// a single adapted step size diverges there.
/// </summary>
/// <remarks>Neal, "Slice sampling" (Annals of Statistics 31(3), 2003), section 8.</remarks>
internal sealed class FunnelDensity(int xCount) : ILogDensity
{
    public int Dimension => xCount + 1;

    public double Evaluate(ReadOnlySpan<double> position, Span<double> gradient)
    {
        var v = position[0];
        var precision = Math.Exp(-v);
        var logDensity = (-v * v / 18.0) - (xCount * v / 2.0);
        gradient[0] = (-v / 9.0) - (xCount / 2.0);
        for (var i = 1; i <= xCount; i++)
        {
            var x = position[i];
            logDensity -= 0.5 * x * x * precision;
            gradient[0] += 0.5 * x * x * precision;
            gradient[i] = -x * precision;
        }

        return logDensity;
    }
}
