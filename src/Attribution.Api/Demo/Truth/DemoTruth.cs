namespace Attribution.Api.Demo.Truth;

/// <summary>
/// The known truth behind a demo dataset, computed from the same arrays as the data: the revenue model's baseline
/// and per-channel media curves, contributions and ROIs, the noise, the injected experiment lift and the anomalies.
/// Daily arrays start at <see cref="StartDate"/>.
/// </summary>
public sealed record DemoTruth(
    long Seed,
    DateOnly StartDate,
    DateOnly EndDate,
    int Days,
    string Currency,
    string Formula,
    string WeeklyAggregation,
    DemoBaselineTruth Baseline,
    IReadOnlyList<DemoChannelTruth> Channels,
    double MediaContribution,
    double ModelRevenue,
    DemoNoiseTruth Noise,
    DemoExperimentTruth Experiment,
    IReadOnlyList<DemoAnomalyTruth> Anomalies,
    DemoObservedTotals Observed);
