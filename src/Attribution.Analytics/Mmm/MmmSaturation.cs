namespace Attribution.Analytics.Mmm;

/// <summary>
/// A channel's Hill saturation: <paramref name="HalfSaturation"/> is the adstocked spend per period (spend units) at which
/// the response reaches half of its maximum; <paramref name="Shape"/> &gt; 1 means S-shaped.
/// </summary>
public sealed record MmmSaturation(MmmEstimate HalfSaturation, MmmEstimate Shape);
