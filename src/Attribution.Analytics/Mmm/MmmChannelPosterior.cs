namespace Attribution.Analytics.Mmm;

/// <summary>
/// One channel's response parameters per posterior draw (chain-major order), in units an optimizer can use directly:
/// the steady-state response per period to a spend of x per period is <c>Beta[d] * hill(x / SpendScale; HalfSaturation[d],
/// Shape[d])</c> (normalised adstock of a constant spend is that spend), with <see cref="Beta"/> in target units per period
/// and <see cref="HalfSaturation"/> in scaled spend (multiply by <see cref="SpendScale"/> for spend units).
/// <see cref="Spend"/> is the channel's total spend over the <see cref="MmmPosterior.Periods"/> fitted periods.
/// </summary>
public sealed record MmmChannelPosterior(
    string Channel,
    double SpendScale,
    double Spend,
    double[] Beta,
    double[] Decay,
    double[] HalfSaturation,
    double[] Shape);
