using Attribution.Analytics.Mmm;

namespace Attribution.Api.Mmm;

/// <summary>What a run fits: the channels, the requested range (inclusive days) and the granularity.</summary>
public sealed record MmmRunSpec(IReadOnlyList<string> Channels, DateOnly Start, DateOnly End, MmmGranularity Granularity);
