namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Time-based regression input: daily control-group and treatment-group totals of the response (same length), the number
/// of leading pre-period days (the rest is the test period), the incremental cost of the test (fixed-cost scenario:
/// treatment spend in the test period, control spend zero) and the interval level.
/// </summary>
public sealed record TbrRequest(
    IReadOnlyList<double> ControlResponse,
    IReadOnlyList<double> TreatmentResponse,
    int PrePeriods,
    double IncrementalCost,
    double Level = 0.9);
