using Attribution.Analytics.Journeys;

namespace Attribution.Cli.Paths;

/// <summary>Channel totals under each rule-based model (<c>firstTouch|lastTouch|lastNonDirect|linear|positionBased</c>).</summary>
internal sealed record PathsHeuristics(
    IReadOnlyList<ChannelTotal> FirstTouch,
    IReadOnlyList<ChannelTotal> LastTouch,
    IReadOnlyList<ChannelTotal> LastNonDirect,
    IReadOnlyList<ChannelTotal> Linear,
    IReadOnlyList<ChannelTotal> PositionBased);
