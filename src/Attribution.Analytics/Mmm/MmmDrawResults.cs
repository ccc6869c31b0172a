namespace Attribution.Analytics.Mmm;

/// <summary>
/// Per-draw quantities in target units, filled by <see cref="MmmDrawEvaluator"/>: the baseline total, Bayesian
/// R-squared, per channel the contribution, the response at 1.01 x spend and the response curve (multiplier index m =
/// 0..20 for m / 10), and the sum over draws of the model mean per period.
/// </summary>
internal sealed class MmmDrawResults
{
    public const int CurvePoints = 21;

    public MmmDrawResults(int draws, int channels, int periods)
    {
        Baseline = new double[draws];
        BayesianRSquared = new double[draws];
        Contribution = Jagged(channels, draws);
        Raised = Jagged(channels, draws);
        Curve = Enumerable.Range(0, channels).Select(_ => Jagged(CurvePoints, draws)).ToArray();
        MeanSum = new double[periods];
    }

    public double[] Baseline { get; }

    public double[] BayesianRSquared { get; }

    public double[][] Contribution { get; }

    public double[][] Raised { get; }

    /// <summary><c>[channel][multiplier index][draw]</c>.</summary>
    public double[][][] Curve { get; }

    /// <summary>Sum over draws of the model mean per period (scaled).</summary>
    public double[] MeanSum { get; }

    private static double[][] Jagged(int rows, int columns) => Enumerable.Range(0, rows).Select(_ => new double[columns]).ToArray();
}
