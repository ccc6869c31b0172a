namespace Attribution.Analytics.Mmm;

/// <summary>
/// A posterior summary: the mean over draws and the 90% central credible interval [<paramref name="Lower"/>,
/// <paramref name="Upper"/>] = the 5% and 95% quantiles, interpolated linearly between order statistics
/// (<c>q(p) = x_(floor(h)) + (h - floor(h)) (x_(floor(h)+1) - x_(floor(h)))</c>, <c>h = (n - 1) p</c>, 0-based).
/// </summary>
/// <remarks>Hyndman and Fan (1996), "Sample quantiles in statistical packages", The American Statistician 50(4), definition 7.</remarks>
public sealed record MmmEstimate(double Mean, double Lower, double Upper)
{
    public const double LowerProbability = 0.05;

    public const double UpperProbability = 0.95;

    /// <summary>The estimate of <paramref name="draws"/> (sorted in place).</summary>
    public static MmmEstimate From(double[] draws)
    {
        ArgumentNullException.ThrowIfNull(draws);
        ArgumentOutOfRangeException.ThrowIfZero(draws.Length);
        var mean = draws.Average();
        Array.Sort(draws);
        return new MmmEstimate(mean, Quantile(draws, LowerProbability), Quantile(draws, UpperProbability));
    }

    /// <summary>Quantile <paramref name="p"/> of ascending <paramref name="sorted"/> (definition 7).</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
