namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Synthetic-control estimate. <see cref="Observed"/> and <see cref="Counterfactual"/> cover the pre and post periods
/// (the treated series is the mean of the test locations). <see cref="Att"/> is the mean post-period gap per test location
/// and period; <see cref="Incremental"/> = ATT x post periods x test locations; <see cref="LiftPercent"/> =
/// 100 x (sum observed - sum counterfactual) / |sum counterfactual| over the post period. <see cref="L2Imbalance"/> is the
/// pre-period root sum of squared gaps of the demeaned fit and <see cref="ScaledL2Imbalance"/> divides it by the same
/// quantity for uniform donor weights.
/// </summary>
public sealed record SyntheticControlResult(
    IReadOnlyList<DonorWeight> Weights,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Counterfactual,
    int PrePeriods,
    int PostPeriods,
    double Att,
    double LiftPercent,
    double Incremental,
    double L2Imbalance,
    double ScaledL2Imbalance);
