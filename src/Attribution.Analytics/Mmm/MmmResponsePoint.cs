namespace Attribution.Analytics.Mmm;

/// <summary>
/// One point of a response curve: the channel's spend over the window scaled by a multiplier (every period alike) and
/// the total response it buys (target units), posterior mean and 90% interval.
/// </summary>
public sealed record MmmResponsePoint(double Multiplier, double Spend, double Response, double Lower, double Upper);
