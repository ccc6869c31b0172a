namespace Attribution.Api.Demo.Generation;

/// <summary>
/// A paid channel of the demo: its budget (at the reference volume of 100,000 conversions over 730 days),
/// schedule, and response curve. The curve's half-saturation is <see cref="HalfSaturationRatio"/> times the base
/// daily spend and its <c>beta</c> is chosen so that a steady base spend returns <see cref="TargetRoi"/>.
/// </summary>
public sealed record DemoMediaChannel(
    string Channel,
    IReadOnlyList<DemoPlatformMix> Platforms,
    double DailySpend,
    double GrowthPerYear,
    DemoFlighting Flighting,
    IReadOnlyList<double> WeeklyMondayFirst,
    double Decay,
    double HalfSaturationRatio,
    double Shape,
    double TargetRoi,
    double Cpm,
    double Ctr)
{
    /// <summary>The channel's response curve at a volume scale (1 = the reference volume).</summary>
    public DemoResponseCurve Curve(double scale)
    {
        var baseSpend = DailySpend * scale;
        var beta = TargetRoi * baseSpend * (1 + Math.Pow(HalfSaturationRatio, Shape));
        return new DemoResponseCurve(Decay, MediaResponse.MaxLag, HalfSaturationRatio * baseSpend, Shape, beta);
    }
}
