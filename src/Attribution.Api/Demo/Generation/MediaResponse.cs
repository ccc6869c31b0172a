namespace Attribution.Api.Demo.Generation;

/// <summary>
/// The media transforms of the demo's revenue model.
/// Adstock (geometric, normalised): <c>a_t = sum_{l=0}^{L-1} w_l x_{t-l}</c> with <c>w_l = d^l / sum_{j=0}^{L-1} d^j</c>,
/// and <c>x_t = 0</c> before the first day. Hill saturation: <c>hill(a) = a^s / (a^s + K^s)</c>.
/// </summary>
/// <remarks>
/// The same parameterisation as the MMM of DESIGN.md section 5 and of Jin, Wang, Sun, Chan and Koehler,
/// "Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects" (Google, 2017), with the delay parameter at 0.
/// </remarks>
public static class MediaResponse
{
    /// <summary>The adstock window for daily data, in days (DESIGN.md section 5: 28 days).</summary>
    public const int MaxLag = 28;

    public static double[] Adstock(IReadOnlyList<double> spend, double decay, int maxLag)
    {
        var weights = new double[maxLag];
        var sum = 0.0;
        for (var l = 0; l < maxLag; l++)
        {
            weights[l] = Math.Pow(decay, l);
            sum += weights[l];
        }

        var result = new double[spend.Count];
        for (var t = 0; t < result.Length; t++)
        {
            var value = 0.0;
            for (var l = 0; l < maxLag && l <= t; l++)
            {
                value += weights[l] * spend[t - l];
            }

            result[t] = value / sum;
        }

        return result;
    }

    public static double Hill(double adstocked, double halfSaturation, double shape) =>
        adstocked <= 0 ? 0 : 1 / (1 + Math.Pow(halfSaturation / adstocked, shape));
}
