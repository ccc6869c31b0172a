namespace Attribution.Analytics.Mmm;

/// <summary>
/// A channel's media response on the scaled problem without derivatives: the adstocked spend
/// <c>u_t = adstock(x'_c; decay)_t</c> and the relative response <c>H(u) = hill(u) / hill(1)</c>, so the channel adds
/// <c>effect * H(m u_t)</c> to period t when its spend is multiplied by m (see <see cref="MmmLogDensity"/>).
/// </summary>
internal static class MmmMedia
{
    /// <summary>Writes the adstocked scaled spend of <paramref name="channel"/> into <paramref name="adstock"/> (length T).</summary>
    public static void Adstock(MmmProblem problem, int channel, double decay, Span<double> adstock)
    {
        Span<double> weights = stackalloc double[problem.AdstockMaxLag];
        GeometricAdstock.Weights(decay, weights);
        GeometricAdstock.Apply(problem.SpendOf(channel), weights, adstock);
    }

    /// <summary>The mean and the (population) standard deviation over periods of <c>H(u_t)</c>.</summary>
    public static (double Average, double Spread) RelativeMoments(ReadOnlySpan<double> adstock, double k, double s)
    {
        var factor = 1 + Math.Pow(k, s);
        var sum = 0.0;
        foreach (var u in adstock)
        {
            sum += factor * HillSaturation.Evaluate(u, k, s);
        }

        var average = sum / adstock.Length;
        var squares = 0.0;
        foreach (var u in adstock)
        {
            var deviation = (factor * HillSaturation.Evaluate(u, k, s)) - average;
            squares += deviation * deviation;
        }

        return (average, Math.Sqrt(squares / adstock.Length));
    }

    /// <summary><c>sum_t H(m u_t)</c>: the total response over the window per unit of effect at spend multiplier m.</summary>
    public static double TotalRelative(ReadOnlySpan<double> adstock, double multiplier, double k, double s)
    {
        if (multiplier <= 0)
        {
            return 0;
        }

        var factor = 1 + Math.Pow(k, s);
        var shift = Math.Log(multiplier) - Math.Log(k);
        var sum = 0.0;
        foreach (var u in adstock)
        {
            if (u > 0)
            {
                sum += HillSaturation.EvaluateLog(Math.Log(u) + shift, s, out _);
            }
        }

        return factor * sum;
    }
}
