using Attribution.Analytics.Mmm;

namespace Attribution.Api.Mmm;

/// <summary>The <c>results</c> of a completed model: the baseline and each channel's figures (90% intervals).</summary>
public sealed record MmmResults(MmmEstimate Baseline, IReadOnlyList<MmmChannelResult> Channels);
