namespace Attribution.Api.Demo.Generation;

/// <summary>
/// The demo's five paid channels. Decays are daily geometric adstock rates: paid search 0.25 (a few days of carry-over),
/// affiliate 0.15, paid social 0.5, display 0.6, video 0.8 (weeks). Shapes: paid search 1.0 and affiliate 0.9 are concave;
/// paid social 1.3, video 1.6 and display 2.4 are S-shaped (display's flights cross its inflection point).
/// </summary>
public static class DemoMediaPlan
{
    public static IReadOnlyList<DemoMediaChannel> Channels { get; } =
    [
        new(DemoChannels.PaidSearch, [new(DemoChannels.Google, 0.82, 0.78), new(DemoChannels.Microsoft, 0.18, 0.22)],
            DailySpend: 1500, GrowthPerYear: 0.10, DemoFlighting.AlwaysOn, [1.06, 1.05, 1.03, 1.0, 0.96, 0.93, 0.97],
            Decay: 0.25, HalfSaturationRatio: 1.2, Shape: 1.0, TargetRoi: 2.2, Cpm: 40, Ctr: 0.04),
        new(DemoChannels.PaidSocial, [new(DemoChannels.Meta, 0.80, 0.65), new(DemoChannels.TikTok, 0.20, 0.35)],
            DailySpend: 1200, GrowthPerYear: 0.20, DemoFlighting.Bursts, [0.95, 0.96, 0.98, 1.0, 1.03, 1.05, 1.03],
            Decay: 0.5, HalfSaturationRatio: 0.9, Shape: 1.3, TargetRoi: 1.7, Cpm: 11, Ctr: 0.012),
        new(DemoChannels.Display, [new(DemoChannels.Google, 1, 1)],
            DailySpend: 450, GrowthPerYear: 0.0, DemoFlighting.Flights, [1, 1, 1, 1, 1, 1, 1],
            Decay: 0.6, HalfSaturationRatio: 1.0, Shape: 2.4, TargetRoi: 0.9, Cpm: 3.5, Ctr: 0.0018),
        new(DemoChannels.Video, [new(DemoChannels.Google, 1, 1)],
            DailySpend: 600, GrowthPerYear: 0.15, DemoFlighting.Flights, [0.98, 0.98, 0.99, 1.0, 1.01, 1.03, 1.02],
            Decay: 0.8, HalfSaturationRatio: 1.3, Shape: 1.6, TargetRoi: 1.2, Cpm: 14, Ctr: 0.004),
        new(DemoChannels.Affiliate, [new(DemoChannels.Impact, 1, 1)],
            DailySpend: 350, GrowthPerYear: 0.05, DemoFlighting.Bursts, [1.02, 1.0, 1.0, 1.0, 1.0, 0.99, 0.99],
            Decay: 0.15, HalfSaturationRatio: 1.5, Shape: 0.9, TargetRoi: 3.0, Cpm: 25, Ctr: 0.02),
    ];
}
