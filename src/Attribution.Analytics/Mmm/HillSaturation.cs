namespace Attribution.Analytics.Mmm;

/// <summary>
/// Hill saturation <c>hill(u) = u^s / (u^s + k^s)</c> of a non-negative (scaled, adstocked) spend u, with half-saturation
/// point k &gt; 0 (hill(k) = 1/2) and shape s &gt; 0 (s &gt; 1 is S-shaped, s &lt;= 1 concave). Evaluated stably as the
/// logistic function of <c>z = s (ln u - ln k)</c>, <c>hill = 1 / (1 + e^-z)</c>, so
/// <c>d hill / d ln u = s hill (1 - hill)</c>, <c>d hill / d ln k = -s hill (1 - hill)</c> and
/// <c>d hill / d s = hill (1 - hill) (ln u - ln k)</c>; <c>hill(0) = 0</c>.
/// </summary>
/// <remarks>
/// Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects"
/// (Google), equation (4) (the Hill function with slope S and half saturation K).
/// </remarks>
public static class HillSaturation
{
    /// <summary><c>u^s / (u^s + k^s)</c>, 0 for u &lt;= 0.</summary>
    public static double Evaluate(double u, double k, double s) => u > 0 ? Logistic(s * (Math.Log(u) - Math.Log(k))) : 0;

    /// <summary>
    /// The response relative to the response at the typical (scaled) level 1: <c>hill(u) / hill(1) = (1 + k^s) u^s / (u^s + k^s)</c>.
    /// </summary>
    public static double Relative(double u, double k, double s) => Evaluate(u, k, s) * (1 + Math.Pow(k, s));

    /// <summary>
    /// The Hill value at <c>ln u - ln k</c> = <paramref name="logRatio"/> and shape <paramref name="s"/>, with
    /// <paramref name="slope"/> = <c>hill (1 - hill)</c> (the logistic derivative), both computed without overflow.
    /// </summary>
    public static double EvaluateLog(double logRatio, double s, out double slope)
    {
        var z = s * logRatio;
        var e = Math.Exp(-Math.Abs(z));
        var inverse = 1 / (1 + e);
        slope = e * inverse * inverse;
        return z >= 0 ? inverse : e * inverse;
    }

    private static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
