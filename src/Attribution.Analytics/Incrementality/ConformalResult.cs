namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Conformal test result: the p-value of "no effect" and the 1 - alpha confidence interval of the ATT obtained by inverting
/// the same test (the set of constant effects h with p(h) &gt;= alpha), also expressed as lift percent
/// 100 h P / |sum observed - h P| over the P post periods. Zero lies outside [AttLower, AttUpper] exactly when
/// PValue &lt; Alpha. When no effect is accepted the bounds are NaN.
/// </summary>
public sealed record ConformalResult(
    double PValue,
    double Alpha,
    double AttLower,
    double AttUpper,
    double LiftLowerPercent,
    double LiftUpperPercent,
    PermutationScheme Scheme,
    int Permutations);
