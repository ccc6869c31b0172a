namespace Attribution.Analytics.Mmm;

/// <summary>
/// One channel's figures over the fitted window, every uncertain one a posterior mean with a 90% interval in target (or
/// spend) units. With <c>C(m) = TargetScale sum_t beta hill(m adstock(x')_t)</c> the response when every period's spend is
/// multiplied by m (the adstock is linear in spend) and S the channel's total spend:
/// <c>Contribution = C(1)</c>, <c>ContributionShare = C(1) / sum_t y_t</c> (share of the observed target),
/// <c>Roi = C(1) / S</c>, <c>MarginalRoi = (C(1.01) - C(1)) / (0.01 S)</c>, <c>Cpik = S / C(1)</c> (cost per incremental
/// unit of target; its mean is S over the mean contribution, its interval the contribution's interval mapped by S / C), <see cref="ResponseCurve"/> = C(m) at m = 0, 0.1, ..., 2.0.
/// </summary>
/// <remarks>
/// Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects"
/// (Google), section 5 (ROAS and marginal ROAS from the posterior by changing spend over the whole window).
/// </remarks>
public sealed record MmmChannelResult(
    string Channel,
    double Spend,
    MmmEstimate Contribution,
    MmmEstimate ContributionShare,
    MmmEstimate Roi,
    MmmEstimate MarginalRoi,
    MmmEstimate Cpik,
    MmmAdstock Adstock,
    MmmSaturation Saturation,
    IReadOnlyList<MmmResponsePoint> ResponseCurve);
