namespace Attribution.Analytics.Mmm;

/// <summary>
/// The order of the model's parameters in a position or a draw (<see cref="Dimension"/> values):
/// <c>intercept</c>, <c>trend</c>, the <see cref="SeasonCount"/> Fourier coefficients (<c>season[sin|cos period h]</c>),
/// the <see cref="ControlCount"/> control effects (<c>control[name]</c>), then for the <see cref="ChannelCount"/> channels
/// in dataset order all <c>effect[channel]</c>, all <c>decay[channel]</c>, all <c>halfSaturation[channel]</c>, all
/// <c>shape[channel]</c>, and last <c>sigma</c>. Constrained draws hold these values on the scaled problem
/// (see <see cref="MmmProblem"/>). The sampler's unconstrained positions (see <see cref="MmmLogDensity"/>) use the same
/// slots for the centred level instead of the intercept, <c>ln(effect x sd of the relative response)</c> instead of the
/// effect, k, s and sigma as logarithms and the decay as a logit.
/// </summary>
public sealed class MmmParameterLayout
{
    public MmmParameterLayout(IReadOnlyList<string> seasonNames, IReadOnlyList<string> controls, IReadOnlyList<string> channels)
    {
        ArgumentNullException.ThrowIfNull(seasonNames);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(channels);
        SeasonCount = seasonNames.Count;
        ControlCount = controls.Count;
        ChannelCount = channels.Count;
        var names = new List<string> { "intercept", "trend" };
        names.AddRange(seasonNames.Select(n => $"season[{n}]"));
        names.AddRange(controls.Select(n => $"control[{n}]"));
        foreach (var kind in (string[])["effect", "decay", "halfSaturation", "shape"])
        {
            names.AddRange(channels.Select(n => $"{kind}[{n}]"));
        }

        names.Add("sigma");
        Names = names;
    }

    public int Intercept => 0;

    public int Trend => 1;

    public int SeasonStart => 2;

    public int SeasonCount { get; }

    public int ControlStart => SeasonStart + SeasonCount;

    public int ControlCount { get; }

    public int ChannelCount { get; }

    public int EffectStart => ControlStart + ControlCount;

    public int DecayStart => EffectStart + ChannelCount;

    public int HalfSaturationStart => DecayStart + ChannelCount;

    public int ShapeStart => HalfSaturationStart + ChannelCount;

    public int Sigma => ShapeStart + ChannelCount;

    public int Dimension => Sigma + 1;

    /// <summary>The parameter names in layout order.</summary>
    public IReadOnlyList<string> Names { get; }
}
