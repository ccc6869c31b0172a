namespace Attribution.Analytics.Journeys;

/// <summary>
/// The exact Markov removal effect. With transient states <c>T</c> (channels, or channel tuples for higher orders),
/// <c>Q</c> the transient-to-transient transition probabilities, <c>r</c> the transient-to-conversion probabilities,
/// <c>s</c> the start distribution and <c>s_0</c> the start-to-conversion probability, the fundamental matrix is
/// <c>N = (I - Q)^-1</c>, the absorption probabilities into conversion are <c>b = N r</c> and the conversion probability
/// is <c>P = s_0 + s^T b</c>. Removing channel <c>c</c> turns its states <c>S_c</c> into null (non-converting) states; by
/// the strong Markov property at the first visit to <c>S_c</c>,
/// <c>P_{-c} = P - g_S^T (N_SS)^-1 b_S</c> with <c>g = s^T N</c> the expected visits from start (order 1:
/// <c>P_{-c} = P - g_c b_c / N_cc</c>). The removal effect is <c>RE_c = 1 - P_{-c} / P</c>, clamped to [0, 1] against
/// rounding. One LU factorisation of <c>I - Q</c> serves every channel, so 200 channels cost one 200 x 200 inverse.
/// </summary>
/// <remarks>
/// Anderl, Becker, von Wangenheim and Schumann (2016), "Mapping the customer journey: lessons learned from graph-based
/// online attribution modeling", International Journal of Research in Marketing 33(3); Altomare and Loris,
/// "ChannelAttribution: Markov model for online multi-channel attribution" (white paper; its example gives removal
/// effects A = 1, B = 0.5). The fundamental matrix and absorption probabilities: Kemeny and Snell, "Finite Markov Chains"
/// (1960), chapter III. Unlike the package's Monte-Carlo walks, this is exact.
/// </remarks>
public static class MarkovAttribution
{
    /// <summary>Counts <paramref name="paths"/> (see <see cref="Count"/>) and solves the chain (see <see cref="Solve"/>).</summary>
    public static MarkovModel Fit(IEnumerable<ChannelPath> paths, int order = 1) => Solve(Count(paths, order));

    /// <summary>
    /// The transition counts of <paramref name="paths"/>: channels are indexed in ordinal order, consecutive repeats
    /// collapse, and each path adds its conversions and nulls (see <see cref="MarkovTransitions"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A path has a null channel or a negative or non-finite count or value.</exception>
    public static MarkovTransitions Count(IEnumerable<ChannelPath> paths, int order = 1)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        var channels = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in list)
        {
            Validate(path);
            channels.UnionWith(path.Channels);
        }

        var names = channels.ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var transitions = new MarkovTransitions(names, order);
        var buffer = new List<int>();
        foreach (var path in list)
        {
            buffer.Clear();
            buffer.AddRange(path.Channels.Select(c => index[c]));
            transitions.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), path.Conversions, path.Value, path.Nulls);
        }

        return transitions;
    }

    /// <summary>Solves counted transitions in closed form (see the class summary).</summary>
    public static MarkovModel Solve(MarkovTransitions transitions)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        var chain = AbsorbingChain.From(transitions);
        var effects = new Dictionary<string, double>(StringComparer.Ordinal);
        var p = chain.ConversionProbability;
        var members = chain.StatesByChannel(transitions);
        for (var c = 0; c < transitions.Channels.Count; c++)
        {
            var removed = members[c].Count == 0 ? p : chain.ConversionProbabilityWithout(members[c]);
            effects[transitions.Channels[c]] = p > 0 ? Math.Clamp(1 - (removed / p), 0, 1) : 0;
        }

        return new MarkovModel(transitions.Order, p, effects) { TotalConversions = transitions.Conversions, TotalValue = transitions.Value };
    }

    private static void Validate(ChannelPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Channels is null || path.Channels.Any(c => c is null))
        {
            throw new ArgumentException("A path's channels must not be null.", nameof(path));
        }

        foreach (var (name, count) in new[] { ("conversions", path.Conversions), ("value", path.Value), ("nulls", path.Nulls) })
        {
            if (!double.IsFinite(count) || count < 0)
            {
                throw new ArgumentException($"A path's {name} must be a finite non-negative number, not {count}.", nameof(path));
            }
        }
    }
}
