namespace Attribution.Api.Demo.Truth;

/// <summary>
/// A paid channel's true curve and results. Response: <c>beta * hill(adstock(spend))</c>, geometric adstock with
/// <see cref="AdstockDecay"/> over <see cref="AdstockMaxLag"/> days (normalised weights, zero spend before the first day),
/// Hill with half-saturation <see cref="HalfSaturation"/> (adstocked daily spend) and <see cref="Shape"/>.
/// <see cref="Roi"/> = contribution / spend; <see cref="MarginalRoi"/> = response gained by +1% spend on every day / that extra spend.
/// The weekly figures approximate the same curve on Monday-Sunday sums: decay^7, 7 K and 7 beta.
/// </summary>
public sealed record DemoChannelTruth(
    string Channel,
    IReadOnlyList<DemoPlatformSpendTruth> Platforms,
    double AdstockDecay,
    int AdstockMaxLag,
    double HalfSaturation,
    double Shape,
    double Beta,
    double Spend,
    double Contribution,
    double Roi,
    double MarginalRoi,
    double WeeklyDecay,
    double WeeklyHalfSaturation,
    double WeeklyBeta,
    IReadOnlyList<double> DailySpend,
    IReadOnlyList<double> DailyResponse);
