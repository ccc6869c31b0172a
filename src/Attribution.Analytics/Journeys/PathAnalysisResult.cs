namespace Attribution.Analytics.Journeys;

/// <summary>
/// Path analysis of converting journeys (DESIGN.md section 3, <c>journeys/paths</c>). Times to conversion are measured
/// from the FIRST touch (0 for a journey without touches); medians of an even count average the two middle values.
/// </summary>
public sealed record PathAnalysisResult(
    int Conversions,
    double Revenue,
    double AvgTouchpoints,
    double MedianTouchpoints,
    double AvgTimeToConversionHours,
    double MedianTimeToConversionHours,
    IReadOnlyList<PathLengthCount> PathLengthDistribution,
    IReadOnlyList<TimeLagCount> TimeLagDistribution,
    IReadOnlyList<TopPath> TopPaths,
    IReadOnlyList<ChannelCredit> ChannelCredits,
    IReadOnlyList<AssistedChannel> Assisted,
    DataDrivenSummary DataDriven);
