namespace Attribution.Api.Demo.Truth;

/// <summary>
/// How modelled revenue becomes orders: day t gets Poisson(<c>dailyFactor_t * modelRevenue_t / averageOrderValue</c>) orders,
/// <c>dailyFactor_t = exp(dayLogSd z - dayLogSd^2 / 2)</c>, each worth <c>averageOrderValue * exp(orderValueLogSd z - orderValueLogSd^2 / 2)</c>,
/// so the expected revenue of a day is its modelled revenue.
/// </summary>
public sealed record DemoNoiseTruth(
    double DayLogSd,
    double AverageOrderValue,
    double OrderValueLogSd,
    string CountDistribution,
    IReadOnlyList<double> DailyFactor);
