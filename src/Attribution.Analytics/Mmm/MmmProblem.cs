namespace Attribution.Analytics.Mmm;

/// <summary>
/// A validated dataset put on the scale the model is fitted on, plus the parameter layout. With T periods:
/// <c>y'_t = y_t / TargetScale</c> (TargetScale = mean target), <c>x'_ct = x_ct / SpendScale_c</c> (SpendScale_c = mean
/// of the channel's non-zero spend), <c>z'_jt = (z_jt - mean_j) / sd_j</c>, time <c>t' = t / (T - 1) - 1/2</c>, and the
/// Fourier basis of <see cref="FourierSeasonality"/>. The model on that scale is
/// <c>y'_t = intercept + trend t' + sum_i season_i F_it + sum_j gamma_j z'_jt
/// + sum_c beta_c hill(adstock(x'_c; decay_c)_t; k_c, s_c) + Normal(0, sigma)</c>, with the media parameterised by
/// <c>effect_c = beta_c hill(1; k_c, s_c)</c>, the response at the channel's typical scaled spend 1
/// (see <see cref="GeometricAdstock"/>, <see cref="HillSaturation"/>, <see cref="MmmPriors"/>). Building it is
/// deterministic, so every chain (and every process) can rebuild the same problem from the same dataset and options.
/// </summary>
/// <remarks>
/// Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects"
/// (Google), sections 2-3.
/// </remarks>
public sealed class MmmProblem
{
    internal MmmProblem(MmmDataset dataset, MmmOptions options)
    {
        Dataset = dataset;
        Options = options;
        Priors = options.EffectivePriors;
        Periods = dataset.Periods.Count;
        AdstockMaxLag = options.AdstockMaxLagFor(dataset.Granularity);
        var channels = dataset.Channels.Count;
        var controls = dataset.ControlNames.Count;
        Layout = new MmmParameterLayout(FourierSeasonality.Names(dataset.Granularity), dataset.ControlNames, dataset.Channels);
        TargetScale = dataset.Target.Average();
        ScaledTarget = dataset.Target.Select(y => y / TargetScale).ToArray();
        var spendScales = new double[channels];
        ScaledSpend = new double[channels * Periods];
        for (var c = 0; c < channels; c++)
        {
            spendScales[c] = dataset.Spend.Select(row => row[c]).Where(x => x > 0).Average();
            for (var t = 0; t < Periods; t++)
            {
                ScaledSpend[(c * Periods) + t] = dataset.Spend[t][c] / spendScales[c];
            }
        }

        SpendScales = spendScales;
        var means = new double[controls];
        var deviations = new double[controls];
        ScaledControls = new double[controls * Periods];
        for (var j = 0; j < controls; j++)
        {
            var column = dataset.Controls.Select(row => row[j]).ToArray();
            means[j] = column.Average();
            deviations[j] = Math.Sqrt(column.Sum(v => (v - means[j]) * (v - means[j])) / Periods);
            for (var t = 0; t < Periods; t++)
            {
                ScaledControls[(j * Periods) + t] = (column[t] - means[j]) / deviations[j];
            }
        }

        ControlMeans = means;
        ControlScales = deviations;
        Time = Enumerable.Range(0, Periods).Select(t => ((double)t / (Periods - 1)) - 0.5).ToArray();
        Season = FourierSeasonality.Basis(dataset.Periods, dataset.Granularity);
    }

    public MmmDataset Dataset { get; }

    public MmmOptions Options { get; }

    public MmmPriors Priors { get; }

    public MmmParameterLayout Layout { get; }

    /// <summary>The parameter names in draw order (see <see cref="MmmParameterLayout"/>).</summary>
    public IReadOnlyList<string> ParameterNames => Layout.Names;

    /// <summary>The number of periods T.</summary>
    public int Periods { get; }

    /// <summary>The adstock window L in periods.</summary>
    public int AdstockMaxLag { get; }

    /// <summary>The mean target: scaled target values and effects times this are in target units.</summary>
    public double TargetScale { get; }

    /// <summary>Per channel, the mean of its non-zero spend: scaled spend times this is in spend units.</summary>
    public IReadOnlyList<double> SpendScales { get; }

    /// <summary>Per control, its mean over the periods.</summary>
    public IReadOnlyList<double> ControlMeans { get; }

    /// <summary>Per control, its (population) standard deviation over the periods.</summary>
    public IReadOnlyList<double> ControlScales { get; }

    internal double[] ScaledTarget { get; }

    /// <summary>Channel-major: <c>[c * Periods + t]</c>.</summary>
    internal double[] ScaledSpend { get; }

    /// <summary>Control-major: <c>[j * Periods + t]</c>.</summary>
    internal double[] ScaledControls { get; }

    internal double[] Time { get; }

    /// <summary>Term-major: <c>[i * Periods + t]</c>.</summary>
    internal double[] Season { get; }

    internal ReadOnlySpan<double> SpendOf(int channel) => ScaledSpend.AsSpan(channel * Periods, Periods);
}
