namespace Attribution.Api.Demo.Truth;

/// <summary>
/// An injected anomaly over <see cref="Start"/>..<see cref="End"/> (inclusive). <see cref="Magnitude"/> is the relative change
/// of <see cref="Metric"/> (-0.97 = down 97%), <see cref="AbsoluteChange"/> the change in the metric's units, and
/// <see cref="RevenueImpact"/> the revenue it added or removed (for spend, the modelled response difference including carry-over).
/// </summary>
public sealed record DemoAnomalyTruth(
    string Kind,
    string Metric,
    string? Channel,
    DateOnly Start,
    DateOnly End,
    double Magnitude,
    double AbsoluteChange,
    double RevenueImpact,
    string Description);
