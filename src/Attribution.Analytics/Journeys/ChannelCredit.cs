namespace Attribution.Analytics.Journeys;

/// <summary>A channel's credited conversions and revenue under each model; per model, the channels sum to the totals.</summary>
public sealed record ChannelCredit(
    string Channel,
    CreditTotals FirstTouch,
    CreditTotals LastTouch,
    CreditTotals LastNonDirect,
    CreditTotals Linear,
    CreditTotals TimeDecay,
    CreditTotals PositionBased,
    CreditTotals DataDriven);
