namespace Attribution.Analytics.Incrementality;

/// <summary>
/// TBR estimate: pre-period fit y = Intercept + Slope x (residual scale Sigma, Df = n - 2), the cumulative causal effect
/// Delta (incremental response) with its t scale, iROAS = Delta / cost, the one-sided lower bound at Level and the
/// two-sided interval at Level (both on iROAS), and relative lift = Delta / sum(counterfactual).
/// </summary>
public sealed record TbrResult(
    double Intercept,
    double Slope,
    double Sigma,
    int Df,
    double IncrementalResponse,
    double IncrementalCost,
    double DeltaScale,
    double Iroas,
    double OneSidedLower,
    double TwoSidedLower,
    double TwoSidedUpper,
    double RelativeLift);
