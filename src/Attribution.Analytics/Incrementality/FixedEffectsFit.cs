using MathNet.Numerics.LinearAlgebra;

namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Synthetic control with unit fixed effects on a location x period matrix. Every series is demeaned by its mean over the
/// first <c>fitPeriods</c> periods; the treated series is the mean of the treated rows; the simplex weights minimise
/// sum_t (x1_t - sum_j w_j x0_jt)^2 over those periods (demeaned); the counterfactual is
/// m1 + sum_j w_j (Y_jt - m_j). L2 = sqrt of that minimum; scaled L2 divides by the same norm with uniform weights.
/// </summary>
/// <remarks>
/// Ben-Michael, Feller and Rothstein (2021), "The Augmented Synthetic Control Method", JASA, section on unit fixed effects
/// (augsynth <c>fixedeff = TRUE</c>, <c>progfunc = "none"</c>); Abadie, Diamond and Hainmueller (2010).
/// </remarks>
internal sealed class FixedEffectsFit
{
    private FixedEffectsFit(double[] weights, double[] treated, double[] counterfactual, double l2, double scaledL2)
    {
        Weights = weights;
        Treated = treated;
        Counterfactual = counterfactual;
        L2 = l2;
        ScaledL2 = scaledL2;
    }

    public double[] Weights { get; }

    public double[] Treated { get; }

    public double[] Counterfactual { get; }

    public double L2 { get; }

    public double ScaledL2 { get; }

    /// <summary>Residual treated - counterfactual per period.</summary>
    public double[] Gaps() => Treated.Select((y, t) => y - Counterfactual[t]).ToArray();

    public static FixedEffectsFit Fit(double[][] treatedRows, double[][] donorRows, int fitPeriods)
    {
        var periods = treatedRows[0].Length;
        var treated = Enumerable.Range(0, periods).Select(t => treatedRows.Average(r => r[t])).ToArray();
        var treatedMean = treated.Take(fitPeriods).Average();
        var donorMeans = donorRows.Select(r => r.Take(fitPeriods).Average()).ToArray();
        var n = donorRows.Length;
        var a = Matrix<double>.Build.Dense(fitPeriods, n, (t, j) => donorRows[j][t] - donorMeans[j]);
        var b = Vector<double>.Build.Dense(fitPeriods, t => treated[t] - treatedMean);
        var weights = SimplexLeastSquares.Solve(a.TransposeThisAndMultiply(a), a.TransposeThisAndMultiply(b));
        var counterfactual = new double[periods];
        for (var t = 0; t < periods; t++)
        {
            var value = treatedMean;
            for (var j = 0; j < n; j++)
            {
                value += weights[j] * (donorRows[j][t] - donorMeans[j]);
            }

            counterfactual[t] = value;
        }

        var fitted = a * Vector<double>.Build.DenseOfArray(weights);
        var l2 = (fitted - b).L2Norm();
        var uniform = (a.RowSums() / n) - b;
        var uniformL2 = uniform.L2Norm();
        return new FixedEffectsFit(weights, treated, counterfactual, l2, uniformL2 > 0 ? l2 / uniformL2 : 0);
    }
}
