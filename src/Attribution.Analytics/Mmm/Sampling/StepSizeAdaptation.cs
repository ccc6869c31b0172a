namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Nesterov dual averaging of the log step size towards a target mean acceptance <c>delta</c>: after iteration
/// <c>t</c> with acceptance statistic <c>a_t</c> (capped at 1),
/// <c>H_t = (1 - 1/(t + t0)) H_{t-1} + (delta - a_t)/(t + t0)</c>, <c>log eps_t = mu - sqrt(t) H_t / gamma</c> and
/// <c>log eps_bar_t = t^-kappa log eps_t + (1 - t^-kappa) log eps_bar_{t-1}</c>, with <c>gamma = 0.05</c>,
/// <c>t0 = 10</c>, <c>kappa = 0.75</c> and <c>mu = log(10 eps_0)</c>. Sampling then uses <c>eps_bar</c>.
/// </summary>
/// <remarks>
/// Hoffman and Gelman, "The No-U-Turn Sampler" (JMLR 15, 2014), algorithm 5; Stan Reference Manual, "HMC algorithm
/// parameters" (step-size adaptation).
/// </remarks>
internal sealed class StepSizeAdaptation(double targetAcceptance)
{
    private const double Gamma = 0.05;
    private const double T0 = 10.0;
    private const double Kappa = 0.75;

    private double _start;
    private double _mu;
    private int _counter;
    private double _statisticBar;
    private double _logStepBar;

    /// <summary>Starts a new adaptation stage around <paramref name="stepSize"/> (<c>mu = log(10 eps)</c>).</summary>
    public void Restart(double stepSize)
    {
        _start = stepSize;
        _mu = Math.Log(10.0 * stepSize);
        _counter = 0;
        _statisticBar = 0.0;
        _logStepBar = 0.0;
    }

    /// <summary>Learns from one iteration's acceptance statistic and returns the next step size.</summary>
    public double Learn(double acceptance)
    {
        _counter++;
        var statistic = acceptance > 1.0 ? 1.0 : acceptance;
        var eta = 1.0 / (_counter + T0);
        _statisticBar = ((1.0 - eta) * _statisticBar) + (eta * (targetAcceptance - statistic));
        var logStep = _mu - (_statisticBar * Math.Sqrt(_counter) / Gamma);
        var weight = Math.Pow(_counter, -Kappa);
        _logStepBar = ((1.0 - weight) * _logStepBar) + (weight * logStep);
        return Math.Exp(logStep);
    }

    /// <summary>
    /// The averaged step size <c>exp(log eps_bar)</c> used after warm-up (the restart value when nothing was learned).
    /// </summary>
    public double Final() => _counter > 0 ? Math.Exp(_logStepBar) : _start;
}
