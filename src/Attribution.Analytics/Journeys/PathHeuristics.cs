namespace Attribution.Analytics.Journeys;

/// <summary>
/// Rule-based credit of aggregated paths without touch times (the ChannelAttribution layout): each path's conversions
/// and value are split over its touches (repeats kept) with the shares of <see cref="JourneyAttribution"/> for first
/// touch, last touch, last non-direct, linear and position-based, then summed per channel. Per model, the channels sum to
/// the total conversions and value. Time decay needs touch times and data-driven a fitted chain, so neither is offered.
/// </summary>
/// <remarks>The heuristic models of the ChannelAttribution package (<c>heuristic_models</c>: first, last, linear) plus
/// Google's last non-direct click and the U-shaped (40/20/40) position-based model of Adobe and Google.</remarks>
public static class PathHeuristics
{
    /// <summary>The supported models, in output order.</summary>
    public static IReadOnlyList<AttributionModel> Models { get; } =
        [AttributionModel.FirstTouch, AttributionModel.LastTouch, AttributionModel.LastNonDirect, AttributionModel.Linear, AttributionModel.PositionBased];

    /// <summary>Channel totals under <paramref name="model"/>, by conversions descending then channel.</summary>
    /// <exception cref="ArgumentException"><paramref name="model"/> is time decay or data-driven, or a path has no channels.</exception>
    public static IReadOnlyList<ChannelTotal> Credit(IEnumerable<ChannelPath> paths, AttributionModel model, AttributionOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        if (!Models.Contains(model))
        {
            throw new ArgumentException($"{model} is not a path heuristic.", nameof(model));
        }

        var totals = new Dictionary<string, (double Conversions, double Value)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var interner = new ChannelInterner();
            var channels = path.Channels.Select(interner.Intern).ToArray();
            if (channels.Length == 0)
            {
                throw new ArgumentException("A path must have at least one channel.", nameof(paths));
            }

            var shares = new double[ModelShares.Models * channels.Length];
            var isDirect = interner.Names.Select(options.IsDirect).ToArray();
            ModelShares.Compute(channels, new double[channels.Length], isDirect, new double[interner.Count], new int[interner.Count], 1, shares);
            for (var i = 0; i < channels.Length; i++)
            {
                var share = shares[((int)model * channels.Length) + i];
                var name = path.Channels[i];
                var (conversions, value) = totals.GetValueOrDefault(name);
                totals[name] = (conversions + (share * path.Conversions), value + (share * path.Value));
            }
        }

        return [.. totals
            .Select(t => new ChannelTotal(t.Key, t.Value.Conversions, t.Value.Value))
            .OrderByDescending(t => t.Conversions)
            .ThenBy(t => t.Channel, StringComparer.Ordinal)];
    }
}
