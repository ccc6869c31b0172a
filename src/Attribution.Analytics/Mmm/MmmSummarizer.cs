namespace Attribution.Analytics.Mmm;

/// <summary>
/// Builds an <see cref="MmmFit"/> from constrained chains: diagnostics (<see cref="MmmConvergence"/>), per-draw figures
/// (<see cref="MmmDrawEvaluator"/>) summarised as posterior mean and 90% interval (<see cref="MmmEstimate"/>), fit
/// metrics on the posterior-mean prediction (<see cref="MmmModelFit"/>) and warnings (<see cref="MmmWarnings"/>).
/// </summary>
internal static class MmmSummarizer
{
    public static MmmFit Summarize(MmmProblem problem, IReadOnlyList<MmmChain> chains)
    {
        var draws = MmmChainSet.Pool(problem, chains);
        var (parameters, diagnostics) = MmmConvergence.Summarize(problem, chains);
        var results = MmmDrawEvaluator.Evaluate(problem, draws);
        var prediction = results.MeanSum.Select(m => m / draws.Length * problem.TargetScale).ToArray();
        var fit = Metrics(problem.Dataset.Target, prediction, MmmEstimate.From(results.BayesianRSquared));
        var channels = Enumerable.Range(0, problem.Layout.ChannelCount).Select(c => Channel(problem, draws, results, c)).ToArray();
        var baseline = MmmEstimate.From(results.Baseline);
        return new MmmFit(fit, diagnostics, baseline, channels, parameters, MmmWarnings.Build(problem, diagnostics, parameters, baseline, channels));
    }

    private static MmmChannelResult Channel(MmmProblem problem, double[][] draws, MmmDrawResults results, int c)
    {
        var layout = problem.Layout;
        var spend = problem.Dataset.Spend.Sum(row => row[c]);
        var totalTarget = problem.Dataset.Target.Sum();
        var contribution = results.Contribution[c];
        MmmEstimate Of(Func<int, double> value) => MmmEstimate.From(Enumerable.Range(0, draws.Length).Select(value).ToArray());
        MmmEstimate Column(int start, double factor) => Of(d => draws[d][start + c] * factor);
        var curve = new MmmResponsePoint[MmmDrawResults.CurvePoints];
        for (var m = 0; m < curve.Length; m++)
        {
            var estimate = MmmEstimate.From((double[])results.Curve[c][m].Clone());
            curve[m] = new MmmResponsePoint(m / 10.0, spend * m / 10.0, estimate.Mean, estimate.Lower, estimate.Upper);
        }

        return new MmmChannelResult(
            problem.Dataset.Channels[c],
            spend,
            Of(d => contribution[d]),
            Of(d => contribution[d] / totalTarget),
            Of(d => contribution[d] / spend),
            Of(d => (results.Raised[c][d] - contribution[d]) / (0.01 * spend)),
            Cpik(spend, Of(d => contribution[d])),
            new MmmAdstock(Column(layout.DecayStart, 1), problem.AdstockMaxLag),
            new MmmSaturation(Column(layout.HalfSaturationStart, problem.SpendScales[c]), Column(layout.ShapeStart, 1)),
            curve);
    }

    /// <summary>
    /// CPIK = S / C as the same monotone transform of the contribution's estimate: S / mean C, with the interval
    /// [S / upper C, S / lower C]. The mean of S / C over draws is not used: draws with a contribution near zero make it
    /// unbounded (it can exceed its own 95% quantile), while the quantiles map exactly.
    /// </summary>
    private static MmmEstimate Cpik(double spend, MmmEstimate contribution)
    {
        static double Of(double spend, double contribution) => spend / Math.Max(contribution, double.Epsilon);
        return new MmmEstimate(Of(spend, contribution.Mean), Of(spend, contribution.Upper), Of(spend, contribution.Lower));
    }

    private static MmmModelFit Metrics(double[] target, double[] prediction, MmmEstimate bayesianRSquared)
    {
        var n = target.Length;
        var mean = target.Average();
        double squares = 0, total = 0, absolute = 0, percentage = 0;
        var positive = 0;
        for (var t = 0; t < n; t++)
        {
            var residual = target[t] - prediction[t];
            squares += residual * residual;
            total += (target[t] - mean) * (target[t] - mean);
            absolute += Math.Abs(residual);
            if (target[t] > 0)
            {
                percentage += Math.Abs(residual) / target[t];
                positive++;
            }
        }

        var range = target.Max() - target.Min();
        return new MmmModelFit(1 - (squares / total), positive > 0 ? percentage / positive : 0, absolute / target.Sum(), Math.Sqrt(squares / n) / range, bayesianRSquared);
    }
}
