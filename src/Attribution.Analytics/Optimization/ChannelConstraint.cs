namespace Attribution.Analytics.Optimization;

/// <summary>
/// A channel's spend bounds over the horizon (the same units as <see cref="BudgetRequest.TotalBudget"/>):
/// <paramref name="Min"/> and <paramref name="Max"/> replace the default bound they name (the other one keeps its
/// default, clipped so that min &lt;= max); <paramref name="Locked"/> keeps the channel at its current spend (a min or max
/// given with it must allow the current spend).
/// </summary>
public sealed record ChannelConstraint(double? Min = null, double? Max = null, bool Locked = false);
