namespace Attribution.Analytics.Mmm;

/// <summary>
/// Normalised geometric adstock over a window of L periods: weights <c>w_l = a^l / S</c> with
/// <c>S = sum_{m=0..L-1} a^m</c> (so they sum to 1 and a constant spend x adstocks to x), and
/// <c>adstock(x)_t = sum_{l=0..min(L-1, t)} w_l x_{t-l}</c> (spend before the first period counts as zero). Its
/// derivative with respect to the decay a uses <c>S' = dS/da = sum_{m=1..L-1} m a^(m-1)</c> (see the recursive
/// <see cref="Apply(ReadOnlySpan{double}, double, int, Span{double}, Span{double})"/>).
/// </summary>
/// <remarks>
/// Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects"
/// (Google), equation (1) with the geometric decay of equation (3) and a finite maximum lag.
/// </remarks>
public static class GeometricAdstock
{
    /// <summary>Fills <paramref name="weights"/> (length L) with <c>w_l</c> for decay <paramref name="decay"/> in [0, 1].</summary>
    public static void Weights(double decay, Span<double> weights)
    {
        var power = 1.0;
        var sum = 0.0;
        for (var l = 0; l < weights.Length; l++)
        {
            weights[l] = power;
            sum += power;
            power *= decay;
        }

        for (var l = 0; l < weights.Length; l++)
        {
            weights[l] /= sum;
        }
    }

    /// <summary>Writes <c>sum_{l=0..min(L-1, t)} w_l x_{t-l}</c> of <paramref name="spend"/> into <paramref name="result"/> (same length).</summary>
    public static void Apply(ReadOnlySpan<double> spend, ReadOnlySpan<double> weights, Span<double> result)
    {
        for (var t = 0; t < result.Length; t++)
        {
            var lags = Math.Min(weights.Length, t + 1);
            var value = 0.0;
            for (var l = 0; l < lags; l++)
            {
                value += weights[l] * spend[t - l];
            }

            result[t] = value;
        }
    }

    /// <summary>
    /// The adstock (<paramref name="result"/>) and its derivative with respect to the decay
    /// (<paramref name="derivative"/>) in O(T) by the recursion on the unnormalised sum
    /// <c>v_t = x_t + a v_(t-1) - a^L x_(t-L)</c>, <c>dv_t = v_(t-1) + a dv_(t-1) - L a^(L-1) x_(t-L)</c>, then
    /// <c>u_t = v_t / S</c> and <c>du_t = dv_t / S - u_t S' / S</c>. A window of zero spend gives exactly zero.
    /// </summary>
    public static void Apply(ReadOnlySpan<double> spend, double decay, int maxLag, Span<double> result, Span<double> derivative)
    {
        double sum = 0, sumDerivative = 0, power = 1, previous = 0;
        for (var l = 0; l < maxLag; l++)
        {
            sum += power;
            sumDerivative += l * previous;
            previous = power;
            power *= decay;
        }

        var last = power;
        var lastDerivative = maxLag * previous;
        double value = 0, slope = 0;
        var nonZero = 0;
        for (var t = 0; t < result.Length; t++)
        {
            var x = spend[t];
            var dropped = t >= maxLag ? spend[t - maxLag] : 0;
            nonZero += (x != 0 ? 1 : 0) - (dropped != 0 ? 1 : 0);
            slope = value + (decay * slope) - (lastDerivative * dropped);
            value = x + (decay * value) - (last * dropped);
            if (nonZero == 0)
            {
                value = 0;
                slope = 0;
            }

            var u = value / sum;
            result[t] = u;
            derivative[t] = (slope / sum) - (u * sumDerivative / sum);
        }
    }
}
