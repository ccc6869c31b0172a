namespace Attribution.Analytics.Journeys;

/// <summary>
/// A channel's assists: <paramref name="AssistedConversions"/> counts the conversions whose path contains the channel
/// while the last touch is another channel; <paramref name="LastTouchConversions"/> those whose last touch is the
/// channel; <paramref name="Ratio"/> = assisted / last touch (null when the channel never was the last touch).
/// </summary>
/// <remarks>Google Analytics' "Assisted conversions" report (assisted / last click or direct conversions ratio).</remarks>
public sealed record AssistedChannel(string Channel, int AssistedConversions, int LastTouchConversions, double? Ratio);
