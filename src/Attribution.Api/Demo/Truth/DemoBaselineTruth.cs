namespace Attribution.Api.Demo.Truth;

/// <summary>
/// The non-media revenue: <c>baseline_t = level * (1 + trendPerYear * t / 365) * weekly[dow] * yearly(date) * event(date)</c>,
/// <c>yearly = 1 + sum_k (cos_k cos(k theta) + sin_k sin(k theta))</c>, <c>theta = 2 pi (dayOfYear - 1) / 365.25</c>.
/// </summary>
public sealed record DemoBaselineTruth(
    double Level,
    double TrendPerYear,
    IReadOnlyList<double> WeeklyMondayFirst,
    IReadOnlyList<DemoFourierTerm> Yearly,
    IReadOnlyList<DemoEventTruth> Events,
    double Total,
    IReadOnlyList<double> Daily);
