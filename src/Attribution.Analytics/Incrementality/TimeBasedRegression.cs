using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Time-based regression (TBR): OLS y_t = a + b x_t of the treatment total on the control total over the pre period;
/// Delta = sum over test days of (y_t - a - b x_t); Var(Delta) = T sigma^2 + s' V s with s = sum over test days of (1, x_t)
/// and V = sigma^2 (X'X)^-1 the parameter covariance; Delta ~ t(n - 2, Delta, sqrt Var). iROAS = Delta / cost with
/// quantiles of that t distribution divided by the (fixed) cost.
/// </summary>
/// <remarks>
/// Kerman, Wang and Vaver (2017), "Estimating Ad Effectiveness Using Geo Experiments in a Time-Based Regression
/// Framework", Google Inc., equation 5; google/matched_markets <c>TBR</c> and <c>TBRiROAS</c> (fixed-cost scenario).
/// </remarks>
public static class TimeBasedRegression
{
    public static TbrResult Analyze(TbrRequest request)
    {
        var x = request.ControlResponse;
        var y = request.TreatmentResponse;
        var n = request.PrePeriods;
        if (x.Count != y.Count || n < 3 || n >= x.Count || request.IncrementalCost <= 0 || request.Level is <= 0 or >= 1)
        {
            throw new ArgumentException("Need equal-length series, 3+ pre days, 1+ test days, cost > 0, level in (0, 1).", nameof(request));
        }

        var design = Matrix<double>.Build.Dense(n, 2, (t, k) => k == 0 ? 1 : x[t]);
        var response = Vector<double>.Build.Dense(n, t => y[t]);
        var inverse = design.TransposeThisAndMultiply(design).Inverse();
        var beta = inverse * design.TransposeThisAndMultiply(response);
        var residuals = response - (design * beta);
        var df = n - 2;
        var sigma2 = residuals.DotProduct(residuals) / df;
        var test = Enumerable.Range(n, x.Count - n).ToArray();
        var counterfactual = test.Sum(t => beta[0] + (beta[1] * x[t]));
        var delta = test.Sum(t => y[t]) - counterfactual;
        var s = Vector<double>.Build.DenseOfArray([test.Length, test.Sum(t => x[t])]);
        var scale = Math.Sqrt((test.Length * sigma2) + (sigma2 * s.DotProduct(inverse * s)));
        var cost = request.IncrementalCost;
        double Quantile(double p) => (delta + (scale * StudentT.InvCDF(0, 1, df, p))) / cost;
        var tail = (1 - request.Level) / 2;
        return new TbrResult(
            beta[0],
            beta[1],
            Math.Sqrt(sigma2),
            df,
            delta,
            cost,
            scale,
            delta / cost,
            Quantile(1 - request.Level),
            Quantile(tail),
            Quantile(1 - tail),
            delta / counterfactual);
    }
}
