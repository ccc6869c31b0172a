namespace Attribution.Analytics.Mmm;

/// <summary>
/// The weakly informative priors of the media mix model, all on the SCALED problem (target divided by its mean, spend of
/// each channel divided by the mean of its non-zero periods, controls standardised, time scaled to [-0.5, 0.5]):
/// <list type="bullet">
/// <item><c>intercept ~ Normal(0, <see cref="InterceptScale"/> = 2)</c>: the level at the middle of the window, in units of the mean target.</item>
/// <item><c>trend ~ Normal(0, <see cref="TrendScale"/> = 1)</c>: the change over the whole window.</item>
/// <item><c>season_i ~ Normal(0, <see cref="SeasonalityScale"/> = 0.5)</c>: each Fourier coefficient.</item>
/// <item><c>gamma_j ~ Normal(0, <see cref="ControlScale"/> = 1)</c>: the effect of one standard deviation of control j.</item>
/// <item><c>effect_c ~ HalfNormal(<see cref="EffectScale"/> / sqrt(C))</c>, <see cref="EffectScale"/> = 0.5, C the number
/// of channels: the (non-negative) response per period of channel c when its adstocked spend sits at its typical level
/// (scaled spend 1), <c>effect_c = beta_c hill(1)</c>. Dividing by sqrt(C) keeps the prior standard deviation of the
/// total media effect (the sum over channels) the same however many channels there are.</item>
/// <item><c>decay_c ~ Beta(<see cref="DecayAlpha"/> = 1, <see cref="DecayBeta"/> = 3)</c>: the geometric adstock rate (mean 0.25).</item>
/// <item><c>k_c ~ LogNormal(<see cref="HalfSaturationLogMean"/> = 0, <see cref="HalfSaturationLogScale"/> = 1)</c>: the half-saturation
/// point, centred on the channel's typical (scaled) spend level 1.</item>
/// <item><c>s_c ~ Gamma(<see cref="ShapeAlpha"/> = 3, rate <see cref="ShapeRate"/> = 2)</c>: the Hill shape (mode 1, mean 1.5; s &gt; 1 is S-shaped).</item>
/// <item><c>sigma ~ HalfNormal(<see cref="SigmaScale"/> = 0.5)</c>: the noise standard deviation.</item>
/// </list>
/// </summary>
/// <remarks>
/// The shapes follow Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with Carryover and
/// Shape Effects" (Google), section 3 (Beta prior on the decay, non-negative media coefficients, priors on the Hill
/// parameters relative to the scaled spend), with the scales chosen as weakly informative for data scaled to unit mean
/// (Gelman et al., "Bayesian Data Analysis", 3rd ed., section 2.9).
/// </remarks>
public sealed record MmmPriors
{
    public double InterceptScale { get; init; } = 2;

    public double TrendScale { get; init; } = 1;

    public double SeasonalityScale { get; init; } = 0.5;

    public double ControlScale { get; init; } = 1;

    public double EffectScale { get; init; } = 0.5;

    public double DecayAlpha { get; init; } = 1;

    public double DecayBeta { get; init; } = 3;

    public double HalfSaturationLogMean { get; init; }

    public double HalfSaturationLogScale { get; init; } = 1;

    public double ShapeAlpha { get; init; } = 3;

    public double ShapeRate { get; init; } = 2;

    public double SigmaScale { get; init; } = 0.5;

    public static MmmPriors Default { get; } = new();

    internal void Validate()
    {
        (string Name, double Value)[] positive =
        [
            (nameof(InterceptScale), InterceptScale), (nameof(TrendScale), TrendScale), (nameof(SeasonalityScale), SeasonalityScale),
            (nameof(ControlScale), ControlScale), (nameof(EffectScale), EffectScale), (nameof(DecayAlpha), DecayAlpha),
            (nameof(DecayBeta), DecayBeta), (nameof(HalfSaturationLogScale), HalfSaturationLogScale),
            (nameof(ShapeAlpha), ShapeAlpha), (nameof(ShapeRate), ShapeRate), (nameof(SigmaScale), SigmaScale),
        ];
        foreach (var (name, value) in positive)
        {
            if (!(value > 0) || double.IsInfinity(value))
            {
                throw new MmmInputException("priors." + char.ToLowerInvariant(name[0]) + name[1..], $"The prior parameter {name} must be a positive finite number.");
            }
        }

        if (!double.IsFinite(HalfSaturationLogMean))
        {
            throw new MmmInputException("priors.halfSaturationLogMean", "The prior parameter HalfSaturationLogMean must be finite.");
        }
    }
}
