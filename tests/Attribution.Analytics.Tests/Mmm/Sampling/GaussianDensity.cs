using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

/// <summary>
/// A zero-mean Gaussian test target given by its precision matrix <c>P</c>: <c>log p(x) = -x^T P x / 2</c>,
/// gradient <c>-P x</c>. Counts evaluations.
/// </summary>
internal sealed class GaussianDensity(double[,] precision) : ILogDensity
{
    public int Dimension { get; } = precision.GetLength(0);

    public long Evaluations { get; private set; }

    public static GaussianDensity Independent(double[] sds)
    {
        var precision = new double[sds.Length, sds.Length];
        for (var i = 0; i < sds.Length; i++)
        {
            precision[i, i] = 1.0 / (sds[i] * sds[i]);
        }

        return new GaussianDensity(precision);
    }

    /// <summary>Unit variances with correlation <paramref name="rho"/>: <c>P = [[1, -rho], [-rho, 1]] / (1 - rho^2)</c>.</summary>
    public static GaussianDensity Correlated(double rho)
    {
        var scale = 1.0 / (1.0 - (rho * rho));
        return new GaussianDensity(new[,] { { scale, -rho * scale }, { -rho * scale, scale } });
    }

    public double Evaluate(ReadOnlySpan<double> position, Span<double> gradient)
    {
        Evaluations++;
        var logDensity = 0.0;
        for (var i = 0; i < Dimension; i++)
        {
            var row = 0.0;
            for (var j = 0; j < Dimension; j++)
            {
                row += precision[i, j] * position[j];
            }

            gradient[i] = -row;
            logDensity -= 0.5 * position[i] * row;
        }

        return logDensity;
    }
}
