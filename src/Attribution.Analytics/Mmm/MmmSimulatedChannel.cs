namespace Attribution.Analytics.Mmm;

/// <summary>
/// The true response of one simulated channel: per period <c>Beta * hill(adstock(x; Decay)_t; HalfSaturation, Shape)</c>
/// with <paramref name="Beta"/> in target units and <paramref name="HalfSaturation"/> in spend units, and the in-sample
/// figures that follow from it: total <paramref name="Spend"/>, <paramref name="Contribution"/>,
/// <paramref name="Roi"/> = contribution / spend and <paramref name="MarginalRoi"/> = (response at 1.01 x spend in every
/// period - contribution) / (0.01 spend).
/// </summary>
public sealed record MmmSimulatedChannel(
    string Channel,
    double Beta,
    double Decay,
    double HalfSaturation,
    double Shape,
    double Spend,
    double Contribution,
    double Roi,
    double MarginalRoi);
