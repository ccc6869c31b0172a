namespace Attribution.Analytics.Mmm;

/// <summary>
/// Evaluates constrained draws on the data: per draw the baseline <c>intercept + trend t' + seasonality + controls</c>,
/// per channel the media <c>effect H(u_t)</c> (see <see cref="MmmMedia"/>), the model mean, Bayesian R-squared
/// <c>var(mean) / (var(mean) + var(y' - mean))</c>, and the channel totals at spend multipliers 1, 1.01 and 0..2 (the
/// adstock is linear in spend, so multiplying spend multiplies <c>u_t</c>). Draws are processed in fixed blocks whose
/// per-period sums are added in block order, so the result does not depend on the number of threads.
/// </summary>
/// <remarks>Gelman, Goodrich, Gabry and Vehtari (2019), "R-squared for Bayesian regression models", The American Statistician 73(3).</remarks>
internal sealed class MmmDrawEvaluator
{
    private const int Block = 64;

    private readonly MmmProblem _problem;
    private readonly double[] _mean;
    private readonly double[] _adstock;
    private readonly double[] _logAdstock;

    private MmmDrawEvaluator(MmmProblem problem)
    {
        _problem = problem;
        _mean = new double[problem.Periods];
        _adstock = new double[problem.Periods];
        _logAdstock = new double[problem.Periods];
    }

    public static MmmDrawResults Evaluate(MmmProblem problem, double[][] draws)
    {
        var periods = problem.Periods;
        var results = new MmmDrawResults(draws.Length, problem.Layout.ChannelCount, periods);
        var blocks = (draws.Length + Block - 1) / Block;
        var sums = new double[blocks][];
        Parallel.For(0, blocks, () => new MmmDrawEvaluator(problem), (b, _, evaluator) =>
        {
            var sum = new double[periods];
            for (var d = b * Block; d < Math.Min(draws.Length, (b + 1) * Block); d++)
            {
                evaluator.Draw(draws[d], d, results);
                for (var t = 0; t < periods; t++)
                {
                    sum[t] += evaluator._mean[t];
                }
            }

            sums[b] = sum;
            return evaluator;
        }, _ => { });
        foreach (var sum in sums)
        {
            for (var t = 0; t < periods; t++)
            {
                results.MeanSum[t] += sum[t];
            }
        }

        return results;
    }

    private void Draw(double[] draw, int d, MmmDrawResults results)
    {
        var problem = _problem;
        var layout = problem.Layout;
        var periods = problem.Periods;
        var scale = problem.TargetScale;
        var baseline = 0.0;
        for (var t = 0; t < periods; t++)
        {
            var value = draw[layout.Intercept] + (draw[layout.Trend] * problem.Time[t]);
            for (var i = 0; i < layout.SeasonCount; i++)
            {
                value += draw[layout.SeasonStart + i] * problem.Season[(i * periods) + t];
            }

            for (var j = 0; j < layout.ControlCount; j++)
            {
                value += draw[layout.ControlStart + j] * problem.ScaledControls[(j * periods) + t];
            }

            _mean[t] = value;
            baseline += value;
        }

        results.Baseline[d] = baseline * scale;
        for (var c = 0; c < layout.ChannelCount; c++)
        {
            Channel(draw, c, d, results);
        }

        results.BayesianRSquared[d] = RSquared(_mean, problem.ScaledTarget);
    }

    private void Channel(double[] draw, int c, int d, MmmDrawResults results)
    {
        var layout = _problem.Layout;
        var periods = _problem.Periods;
        var effect = draw[layout.EffectStart + c];
        var k = draw[layout.HalfSaturationStart + c];
        var shape = draw[layout.ShapeStart + c];
        var beta = effect * (1 + Math.Pow(k, shape));
        var factor = beta * _problem.TargetScale;
        var logK = Math.Log(k);
        MmmMedia.Adstock(_problem, c, draw[layout.DecayStart + c], _adstock);
        double contribution = 0, raised = 0;
        var raise = Math.Log(1.01);
        for (var t = 0; t < periods; t++)
        {
            var u = _adstock[t];
            _logAdstock[t] = u > 0 ? Math.Log(u) - logK : double.NegativeInfinity;
            if (u > 0)
            {
                var hill = HillSaturation.EvaluateLog(_logAdstock[t], shape, out _);
                contribution += hill;
                _mean[t] += beta * hill;
                raised += HillSaturation.EvaluateLog(_logAdstock[t] + raise, shape, out _);
            }
        }

        results.Contribution[c][d] = factor * contribution;
        results.Raised[c][d] = factor * raised;
        var curve = results.Curve[c];
        curve[0][d] = 0;
        for (var m = 1; m < MmmDrawResults.CurvePoints; m++)
        {
            var shift = Math.Log(m / 10.0);
            var sum = 0.0;
            for (var t = 0; t < periods; t++)
            {
                if (_adstock[t] > 0)
                {
                    sum += HillSaturation.EvaluateLog(_logAdstock[t] + shift, shape, out _);
                }
            }

            curve[m][d] = factor * sum;
        }
    }

    private static double RSquared(double[] mean, double[] target)
    {
        var n = mean.Length;
        double fitMean = 0, residualMean = 0;
        for (var t = 0; t < n; t++)
        {
            fitMean += mean[t];
            residualMean += target[t] - mean[t];
        }

        fitMean /= n;
        residualMean /= n;
        double fitVariance = 0, residualVariance = 0;
        for (var t = 0; t < n; t++)
        {
            var f = mean[t] - fitMean;
            var r = target[t] - mean[t] - residualMean;
            fitVariance += f * f;
            residualVariance += r * r;
        }

        return fitVariance / (fitVariance + residualVariance);
    }
}
