namespace Attribution.Analytics.Mmm;

/// <summary>
/// What <see cref="MmmSimulator"/> generates: <paramref name="Periods"/> consecutive periods from
/// <paramref name="Start"/> (default 2022-01-03, a Monday), <paramref name="Channels"/> channels named <c>channel_1</c>...,
/// <paramref name="Events"/> binary control variables, noise with standard deviation <paramref name="NoiseShare"/> times
/// the baseline level, and an adstock window of <paramref name="AdstockMaxLag"/> periods (default 8 weekly, 28 daily).
/// </summary>
public sealed record MmmSimulationSpec(
    int Periods = 156,
    int Channels = 3,
    MmmGranularity Granularity = MmmGranularity.Weekly,
    int Events = 0,
    double NoiseShare = 0.05,
    DateOnly? Start = null,
    int? AdstockMaxLag = null);
