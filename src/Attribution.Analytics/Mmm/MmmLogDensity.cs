using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Mmm;

/// <summary>
/// The log posterior of the media mix model of an <see cref="MmmProblem"/>, up to an additive constant, with its
/// analytic gradient, in unconstrained coordinates chosen so a diagonal metric suits the posterior (every change of
/// coordinates below is exact, so the posterior is that of the model and priors as stated):
/// <list type="bullet">
/// <item>Media enter through <c>effect_c = beta_c hill(1)</c>, the response at the channel's typical scaled spend 1, and
/// the relative response <c>H(u) = hill(u) / hill(1) = (1 + k^s) hill(u)</c>, so <c>beta hill(u) = effect H(u)</c>.</item>
/// <item>The first coordinate is the centred level <c>level = intercept + sum_c effect_c Hbar_c</c> (<c>Hbar_c</c> the
/// mean over periods of <c>H(u_ct)</c>), so the mean is
/// <c>m_t = level + trend t' + seasonality + controls + sum_c effect_c (H(u_ct) - Hbar_c)</c>: the level hardly trades
/// off against the media. The map (level, rest) -&gt; (intercept, rest) has unit Jacobian.</item>
/// <item>Each channel's effect is sampled as <c>eta_c = ln(effect_c S_c)</c>, <c>S_c</c> the standard deviation over
/// periods of <c>H(u_ct)</c>: the size of the channel's term in the likelihood, nearly independent of its decay, k and s.
/// The map (eta, kappa, varsigma, rho) -&gt; (ln effect, kappa, varsigma, rho) is unit triangular.</item>
/// <item><c>k = e^kappa</c>, <c>s = e^varsigma</c>, <c>sigma = e^lambda</c>, <c>decay = 1 / (1 + e^-rho)</c>, with log
/// Jacobians <c>ln effect, kappa, varsigma, lambda, ln decay + ln(1 - decay)</c>.</item>
/// </list>
/// With residuals <c>r_t = y'_t - m_t</c>:
/// <c>log p = -T lambda - sum r_t^2 / (2 sigma^2) - intercept^2 / (2 sd_i^2) + sum_c (ln effect_c - effect_c^2 / (2 b^2))
/// + other log priors and Jacobians</c>. Gradient, with <c>g_t = r_t / sigma^2</c>, <c>G = sum g_t</c>,
/// <c>p = -intercept / sd_i^2</c>: <c>d/d level = G + p</c>, <c>d/d trend = sum g_t t'_t</c> (likewise seasonality and
/// controls), <c>d/d lambda = -T + sum r_t^2 / sigma^2</c>. Per channel, with <c>A = sum_t g_t (H_t - Hbar)</c>,
/// <c>q = 1 - effect^2 / b^2</c> (the effect prior's slope in ln effect) and, for each of theta = kappa, varsigma, rho,
/// <c>H'_t = dH_t / d theta</c>, <c>Hbar' = mean H'_t</c> and <c>(ln S)' = mean((H_t - Hbar) H'_t) / S^2</c>:
/// <c>d/d eta = effect A - p effect Hbar + q</c> and
/// <c>d/d theta = effect (sum g_t H'_t - G Hbar') - effect A (ln S)' - p effect (Hbar' - Hbar (ln S)') - q (ln S)'</c>,
/// where, with <c>h = hill(u_t)</c> and <c>h1 = hill(1)</c>: <c>dH/d kappa = s H (h - h1)</c>,
/// <c>dH/d varsigma = s H (kappa (1 - h1) + (1 - h) ln(u_t / k))</c>,
/// <c>dH/d rho = decay (1 - decay) s H (1 - h) (du_t / d decay) / u_t</c> (see <see cref="GeometricAdstock"/>). The other
/// priors (<see cref="MmmPriors"/>) in their coordinates: Beta(a1, a2) on the decay gives <c>a1 ln decay + a2 ln(1 - decay)</c>;
/// LogNormal(m, v) on k gives <c>-(kappa - m)^2 / 2v^2</c>; Gamma(a, r) on s gives <c>a varsigma - r s</c>; HalfNormal(c)
/// on sigma gives <c>lambda - sigma^2 / 2c^2</c>; Normal priors on the rest. One instance per chain: it keeps
/// preallocated scratch buffers, so <see cref="Evaluate"/> allocates nothing and is not thread-safe.
/// </summary>
/// <remarks>
/// Model: Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with Carryover and Shape
/// Effects" (Google). Change of variables: Stan Reference Manual, "Constraint transforms". Centring and
/// reparameterising for the sampler's sake: Betancourt and Girolami (2015), "Hamiltonian Monte Carlo for hierarchical
/// models"; Stan User's Guide, "Reparameterization" (QR and centred predictors).
/// </remarks>
public sealed partial class MmmLogDensity : ILogDensity
{
    private readonly MmmProblem _problem;
    private readonly MmmParameterLayout _layout;
    private readonly double[] _mean;
    private readonly double[] _relative;
    private readonly double[] _kappaSlope;
    private readonly double[] _shapeSlope;
    private readonly double[] _decaySlope;
    private readonly double[] _effect;
    private readonly double[] _spread;
    private readonly double[] _average;
    private readonly double[] _meanSlope;
    private readonly double[] _spreadSlope;
    private readonly double[] _adstock;
    private readonly double[] _adstockDerivative;

    public MmmLogDensity(MmmProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problem = problem;
        _layout = problem.Layout;
        var periods = problem.Periods;
        var cells = _layout.ChannelCount * periods;
        _mean = new double[periods];
        _relative = new double[cells];
        _kappaSlope = new double[cells];
        _shapeSlope = new double[cells];
        _decaySlope = new double[cells];
        _effect = new double[_layout.ChannelCount];
        _spread = new double[_layout.ChannelCount];
        _average = new double[_layout.ChannelCount];
        _meanSlope = new double[_layout.ChannelCount * Slopes];
        _spreadSlope = new double[_layout.ChannelCount * Slopes];
        _adstock = new double[periods];
        _adstockDerivative = new double[periods];
    }

    /// <summary>The scale of the effects' HalfNormal prior: <see cref="MmmPriors.EffectScale"/> / sqrt(channels).</summary>
    private double EffectScale => _problem.Priors.EffectScale / Math.Sqrt(_layout.ChannelCount);

    /// <summary>The number of unconstrained parameters.</summary>
    public int Dimension => _layout.Dimension;

    /// <summary>Returns the log posterior at <paramref name="position"/> and writes its gradient into <paramref name="gradient"/>.</summary>
    public double Evaluate(ReadOnlySpan<double> position, Span<double> gradient)
    {
        var layout = _layout;
        var periods = _problem.Periods;
        var intercept = Media(position, out var effectPrior);
        AddBaseline(position);
        var lambda = position[layout.Sigma];
        var precision = Math.Exp(-2 * lambda);
        var target = _problem.ScaledTarget;
        double squares = 0, sum = 0;
        for (var t = 0; t < periods; t++)
        {
            var residual = target[t] - _mean[t];
            squares += residual * residual;
            _mean[t] = residual * precision;
            sum += _mean[t];
        }

        var interceptPrecision = 1 / (_problem.Priors.InterceptScale * _problem.Priors.InterceptScale);
        var interceptSlope = -intercept * interceptPrecision;
        var logPosterior = (-periods * lambda) - (0.5 * squares * precision) - (0.5 * intercept * intercept * interceptPrecision);
        gradient.Clear();
        BaselineGradient(gradient);
        gradient[layout.Intercept] += interceptSlope;
        MediaGradient(gradient, sum, interceptSlope);
        gradient[layout.Sigma] = -periods + (squares * precision);
        return logPosterior + effectPrior + Prior(position, gradient);
    }

    /// <summary>The constrained parameters (intercept instead of the level; see <see cref="MmmParameterLayout"/>) of <paramref name="position"/>.</summary>
    public double[] Constrain(ReadOnlySpan<double> position)
    {
        var constrained = new double[_layout.Dimension];
        constrained[_layout.Intercept] = Media(position, out _);
        for (var i = 1; i < _layout.Dimension; i++)
        {
            var value = position[i];
            constrained[i] = i < _layout.EffectStart ? value
                : i < _layout.DecayStart ? _effect[i - _layout.EffectStart]
                : i >= _layout.DecayStart && i < _layout.HalfSaturationStart ? Logistic(value)
                : Math.Exp(value);
        }

        return constrained;
    }

    /// <summary>The unconstrained position of <paramref name="constrained"/> parameters (the inverse of <see cref="Constrain"/>).</summary>
    public double[] Unconstrain(ReadOnlySpan<double> constrained)
    {
        var position = new double[_layout.Dimension];
        var level = constrained[_layout.Intercept];
        for (var c = 0; c < _layout.ChannelCount; c++)
        {
            MmmMedia.Adstock(_problem, c, constrained[_layout.DecayStart + c], _adstock);
            var (average, spread) = MmmMedia.RelativeMoments(_adstock, constrained[_layout.HalfSaturationStart + c], constrained[_layout.ShapeStart + c]);
            var effect = constrained[_layout.EffectStart + c];
            level += effect * average;
            position[_layout.EffectStart + c] = Math.Log(effect * spread);
        }

        position[_layout.Intercept] = level;
        for (var i = 1; i < _layout.Dimension; i++)
        {
            var value = constrained[i];
            position[i] = i < _layout.EffectStart ? value
                : i < _layout.DecayStart ? position[i]
                : i >= _layout.DecayStart && i < _layout.HalfSaturationStart ? Math.Log(value / (1 - value))
                : Math.Log(value);
        }

        return position;
    }

    internal static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary><c>ln(1 + e^x)</c> without overflow.</summary>
    internal static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));

    /// <summary>Adds the level, trend, seasonality and controls to <c>_mean</c>.</summary>
    private void AddBaseline(ReadOnlySpan<double> position)
    {
        var periods = _problem.Periods;
        var mean = _mean.AsSpan();
        var level = position[_layout.Intercept];
        var trend = position[_layout.Trend];
        var time = _problem.Time;
        for (var t = 0; t < periods; t++)
        {
            mean[t] += level + (trend * time[t]);
        }

        AddTerms(position, _layout.SeasonStart, _layout.SeasonCount, _problem.Season, mean);
        AddTerms(position, _layout.ControlStart, _layout.ControlCount, _problem.ScaledControls, mean);
    }

    private void AddTerms(ReadOnlySpan<double> position, int start, int count, double[] basis, Span<double> mean)
    {
        var periods = _problem.Periods;
        for (var i = 0; i < count; i++)
        {
            VectorMath.AddScaledShifted(mean, basis.AsSpan(i * periods, periods), position[start + i], 0);
        }
    }

    /// <summary>With <c>_mean</c> holding <c>g_t</c>: the likelihood gradient of the level, trend, seasonality and controls.</summary>
    private void BaselineGradient(Span<double> gradient)
    {
        var periods = _problem.Periods;
        var g = _mean.AsSpan();
        var time = _problem.Time;
        double sum = 0, trend = 0;
        for (var t = 0; t < periods; t++)
        {
            sum += g[t];
            trend += g[t] * time[t];
        }

        gradient[_layout.Intercept] = sum;
        gradient[_layout.Trend] = trend;
        Project(g, _layout.SeasonStart, _layout.SeasonCount, _problem.Season, gradient);
        Project(g, _layout.ControlStart, _layout.ControlCount, _problem.ScaledControls, gradient);
    }

    private void Project(ReadOnlySpan<double> g, int start, int count, double[] basis, Span<double> gradient)
    {
        var periods = _problem.Periods;
        for (var i = 0; i < count; i++)
        {
            gradient[start + i] = VectorMath.Dot(g, basis.AsSpan(i * periods, periods));
        }
    }
}
