using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Optimization;

/// <summary>
/// One channel's expected steady-state response per period to a constant spend x per period, averaged over the D
/// posterior draws: <c>f(x) = (1/D) sum_d beta_d hill(x / S; k_d, s_d)</c> with the model's own
/// <see cref="HillSaturation"/> (S the channel's spend scale, k_d in scaled spend), and its marginal ROI
/// <c>f'(x) = (1/D) sum_d beta_d s_d hill (1 - hill) / x</c>. For speed f is tabulated once, with
/// <c>df/dv = x f'(x)</c>, at nodes <c>v_i = -7 + i/32</c> of <c>v = ln(x / S)</c> up to <c>v = 4.5</c>, and evaluated
/// between nodes by cubic Hermite interpolation (error at most <c>h^4 / 384 max |d^4 f / dv^4|</c>, about
/// <c>3e-8 beta</c> for shapes up to 3 at h = 1/32, since the logistic's fourth derivative is at most 0.13); outside the table <see cref="Response"/> and
/// <see cref="Marginal"/> evaluate the draws exactly, as do the <c>Exact</c> members used for reported figures.
/// </summary>
/// <remarks>
/// Hill response: Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with Carryover and
/// Shape Effects" (Google), equation (4); the steady state of a normalised adstock of a constant spend is that spend.
/// Cubic Hermite interpolation: Burden and Faires, "Numerical Analysis", section 3.4 (Hermite interpolation and its error).
/// </remarks>
public sealed class ResponseCurve
{
    internal const double LogStart = -7;
    internal const double LogEnd = 4.5;
    internal const int NodesPerUnit = 32;
    private const double Step = 1.0 / NodesPerUnit;

    private readonly double[] _beta;
    private readonly double[] _shape;
    private readonly double[] _logK;
    private readonly double[] _value;
    private readonly double[] _slope;

    private ResponseCurve(string channel, double spendScale, double[] beta, double[] halfSaturation, double[] shape)
    {
        Channel = channel;
        SpendScale = spendScale;
        _beta = beta;
        _shape = shape;
        _logK = halfSaturation.Select(k => Math.Log(k)).ToArray();
        Concave = shape.All(s => s <= 1);
        var nodes = (int)Math.Round((LogEnd - LogStart) * NodesPerUnit) + 1;
        _value = new double[nodes];
        _slope = new double[nodes];
        for (var i = 0; i < nodes; i++)
        {
            (_value[i], _slope[i]) = Draws(LogStart + (i * Step));
        }
    }

    public string Channel { get; }

    /// <summary>The channel's spend scale S (spend units per period): the model's scaled spend is x / S.</summary>
    public double SpendScale { get; }

    public int DrawCount => _beta.Length;

    /// <summary>True when every draw's shape is at most 1, so f is concave for every spend.</summary>
    public bool Concave { get; }

    /// <summary>
    /// The curve of explicit draws: per draw <paramref name="beta"/> (response units per period),
    /// <paramref name="halfSaturation"/> (scaled spend, &gt; 0) and <paramref name="shape"/> (&gt; 0), with spend scale
    /// <paramref name="spendScale"/> (see <see cref="MmmChannelPosterior"/>).
    /// </summary>
    public static ResponseCurve FromDraws(string channel, double spendScale, IReadOnlyList<double> beta, IReadOnlyList<double> halfSaturation, IReadOnlyList<double> shape)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(beta);
        ArgumentNullException.ThrowIfNull(halfSaturation);
        ArgumentNullException.ThrowIfNull(shape);
        if (!(spendScale > 0 && double.IsFinite(spendScale)))
        {
            throw new ArgumentException($"The spend scale of '{channel}' must be positive and finite.", nameof(spendScale));
        }

        if (beta.Count == 0 || halfSaturation.Count != beta.Count || shape.Count != beta.Count)
        {
            throw new ArgumentException($"Channel '{channel}' needs the same positive number of beta, half-saturation and shape draws.", nameof(beta));
        }

        if (!beta.All(double.IsFinite) || !halfSaturation.All(k => k > 0 && double.IsFinite(k)) || !shape.All(s => s > 0 && double.IsFinite(s)))
        {
            throw new ArgumentException($"Channel '{channel}' has a non-finite beta or a non-positive half saturation or shape.", nameof(beta));
        }

        return new ResponseCurve(channel, spendScale, [.. beta], [.. halfSaturation], [.. shape]);
    }

    /// <summary>f(x): the expected response per period at spend <paramref name="spend"/> per period (0 for x &lt;= 0).</summary>
    public double Response(double spend)
    {
        if (!Locate(spend, out var i, out var t))
        {
            return ExactResponse(spend);
        }

        var t2 = t * t;
        var t3 = t2 * t;
        return (_value[i] * ((2 * t3) - (3 * t2) + 1)) + (_slope[i] * Step * (t3 - (2 * t2) + t))
            + (_value[i + 1] * ((3 * t2) - (2 * t3))) + (_slope[i + 1] * Step * (t3 - t2));
    }

    /// <summary>f'(x): the marginal ROI at spend <paramref name="spend"/> per period (its limit at x &lt;= 0, possibly infinite).</summary>
    public double Marginal(double spend)
    {
        if (!Locate(spend, out var i, out var t))
        {
            return ExactMarginal(spend);
        }

        var t2 = t * t;
        var derivative = (_value[i] * ((6 * t2) - (6 * t))) + (_slope[i] * Step * ((3 * t2) - (4 * t) + 1))
            + (_value[i + 1] * ((6 * t) - (6 * t2))) + (_slope[i + 1] * Step * ((3 * t2) - (2 * t)));
        return derivative * NodesPerUnit / spend;
    }

    /// <summary>f(x) evaluated over every draw.</summary>
    public double ExactResponse(double spend) => spend > 0 ? Draws(Math.Log(spend / SpendScale)).Value : 0;

    /// <summary>
    /// f'(x) evaluated over every draw; at x &lt;= 0 its limit: per draw +infinity for shape &lt; 1,
    /// <c>beta / (k S)</c> for shape 1 and 0 above.
    /// </summary>
    public double ExactMarginal(double spend)
    {
        if (spend > 0)
        {
            return Draws(Math.Log(spend / SpendScale)).Slope / spend;
        }

        var sum = 0.0;
        for (var d = 0; d < _beta.Length; d++)
        {
            sum += _shape[d] < 1 ? (_beta[d] > 0 ? double.PositiveInfinity : 0) : _shape[d] == 1 ? _beta[d] / (Math.Exp(_logK[d]) * SpendScale) : 0;
        }

        return sum / _beta.Length;
    }

    /// <summary>Writes <c>beta_d hill(x / S; k_d, s_d)</c> of every draw into <paramref name="responses"/> (length D).</summary>
    public void ResponseDraws(double spend, Span<double> responses)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(responses.Length, _beta.Length);
        var v = spend > 0 ? Math.Log(spend / SpendScale) : double.NegativeInfinity;
        for (var d = 0; d < _beta.Length; d++)
        {
            responses[d] = spend > 0 ? _beta[d] * HillSaturation.EvaluateLog(v - _logK[d], _shape[d], out _) : 0;
        }
    }

    /// <summary>True when f' does not increase on [<paramref name="low"/>, <paramref name="high"/>] (checked at the table's nodes and both ends).</summary>
    internal bool IsConcaveOn(double low, double high)
    {
        if (Concave || high <= low)
        {
            return true;
        }

        var previous = double.PositiveInfinity;
        foreach (var x in Points(low, high))
        {
            if (x <= 0)
            {
                continue;
            }

            var marginal = Marginal(x);
            if (marginal > previous * (1 + 1e-12))
            {
                return false;
            }

            previous = marginal;
        }

        return true;
    }

    /// <summary>The spends <paramref name="low"/>, every table node strictly between, and <paramref name="high"/>, ascending.</summary>
    internal List<double> Points(double low, double high)
    {
        var points = new List<double> { low };
        var first = low > 0 ? (int)Math.Floor((Math.Log(low / SpendScale) - LogStart) * NodesPerUnit) + 1 : 0;
        for (var i = Math.Max(first, 0); i < _value.Length; i++)
        {
            var x = SpendScale * Math.Exp(LogStart + (i * Step));
            if (x >= high)
            {
                break;
            }

            if (x > low)
            {
                points.Add(x);
            }
        }

        if (high > low)
        {
            points.Add(high);
        }

        return points;
    }

    private bool Locate(double spend, out int node, out double fraction)
    {
        var position = (Math.Log(spend / SpendScale) - LogStart) * NodesPerUnit;
        if (!(position >= 0) || position >= _value.Length - 1)
        {
            node = 0;
            fraction = 0;
            return false;
        }

        node = (int)position;
        fraction = position - node;
        return true;
    }

    /// <summary>The mean over draws of <c>beta hill</c> and of <c>d(beta hill)/dv = beta s hill (1 - hill)</c> at <c>v = ln(x / S)</c>.</summary>
    private (double Value, double Slope) Draws(double v)
    {
        double value = 0, slope = 0;
        for (var d = 0; d < _beta.Length; d++)
        {
            var hill = HillSaturation.EvaluateLog(v - _logK[d], _shape[d], out var logistic);
            value += _beta[d] * hill;
            slope += _beta[d] * _shape[d] * logistic;
        }

        return (value / _beta.Length, slope / _beta.Length);
    }
}
