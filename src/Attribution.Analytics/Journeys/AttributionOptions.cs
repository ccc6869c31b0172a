namespace Attribution.Analytics.Journeys;

/// <summary>
/// Settings of the attribution models: the time-decay half-life in days (default 7), the Markov order of the
/// data-driven model (default 1) and the channel that counts as direct for last-non-direct (default <c>direct</c>,
/// compared case-insensitively).
/// </summary>
public sealed record AttributionOptions
{
    public double TimeDecayHalfLifeDays { get; init; } = 7;

    public int MarkovOrder { get; init; } = 1;

    public string DirectChannel { get; init; } = "direct";

    public static AttributionOptions Default { get; } = new();

    /// <summary>True when <paramref name="channel"/> is the direct channel (ordinal, ignoring case).</summary>
    public bool IsDirect(string channel) => string.Equals(channel, DirectChannel, StringComparison.OrdinalIgnoreCase);

    internal void Validate()
    {
        if (!(TimeDecayHalfLifeDays > 0) || double.IsInfinity(TimeDecayHalfLifeDays))
        {
            throw new ArgumentOutOfRangeException(nameof(TimeDecayHalfLifeDays), TimeDecayHalfLifeDays, "The half-life must be a positive number of days.");
        }

        MarkovTransitions.ValidateOrder(MarkovOrder);
    }
}
