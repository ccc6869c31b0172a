namespace Attribution.Analytics.Mmm;

/// <summary>A channel's carry-over: the geometric decay rate (share of an effect carried to the next period) over a window of <paramref name="MaxLag"/> periods.</summary>
public sealed record MmmAdstock(MmmEstimate Decay, int MaxLag);
