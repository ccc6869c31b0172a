using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Optimization;

/// <summary>
/// One channel's recommendation over the horizon H: spends (current, recommended, the bounds used),
/// <c>ChangePercent = 100 (recommended - current) / current</c> (null when the current spend is 0), the expected response
/// <c>H f(x)</c> with its 90% interval over the draws (<see cref="MmmEstimate"/>), <c>ExpectedRoi = H f(x) / (H x)</c>
/// (0 at no spend) and the marginal ROI <c>f'(x)</c> (at no spend, the return of the first 1% of the spend scale,
/// <c>f(S/100) / (S/100)</c>, since the derivative can be infinite there).
/// </summary>
public sealed record ChannelAllocation(
    string Channel,
    double CurrentSpend,
    double RecommendedSpend,
    double? ChangePercent,
    double MinSpend,
    double MaxSpend,
    bool Locked,
    double CurrentResponse,
    MmmEstimate ExpectedResponse,
    double ExpectedRoi,
    double MarginalRoi);
