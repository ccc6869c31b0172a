namespace Attribution.Analytics.Journeys;

/// <summary>
/// A fitted data-driven (Markov) model: its order, the chain's conversion probability <c>P</c> from start, and each
/// channel's removal effect <c>RE_c = 1 - P_{-c} / P</c> (0 when <c>P = 0</c>). Conversions and value are credited by
/// normalised removal effect: <c>w_c = RE_c / sum_d RE_d</c>, <c>conversions_c = w_c x TotalConversions</c>,
/// <c>value_c = w_c x TotalValue</c> (all zero when every removal effect is 0).
/// </summary>
/// <remarks>Anderl et al. (2016); ChannelAttribution white paper (Altomare and Loris).</remarks>
public sealed record MarkovModel(int Order, double ConversionProbability, IReadOnlyDictionary<string, double> RemovalEffects)
{
    /// <summary>A model fitted on nothing: order 1, probability 0, no channels (data-driven credit falls back to linear).</summary>
    public static MarkovModel Empty { get; } = new(1, 0, new Dictionary<string, double>(StringComparer.Ordinal));

    /// <summary>Total conversions of the paths the model was fitted on.</summary>
    public double TotalConversions { get; init; }

    /// <summary>Total conversion value of the paths the model was fitted on.</summary>
    public double TotalValue { get; init; }

    /// <summary>Normalised removal effects <c>w_c = RE_c / sum_d RE_d</c>.</summary>
    public IReadOnlyDictionary<string, double> Weights => Scaled(1);

    /// <summary>Conversions credited to each channel: <c>w_c x TotalConversions</c>.</summary>
    public IReadOnlyDictionary<string, double> CreditedConversions => Scaled(TotalConversions);

    /// <summary>Value credited to each channel: <c>w_c x TotalValue</c>.</summary>
    public IReadOnlyDictionary<string, double> CreditedValue => Scaled(TotalValue);

    private Dictionary<string, double> Scaled(double total)
    {
        var sum = RemovalEffects.Values.Sum();
        return RemovalEffects.ToDictionary(e => e.Key, e => sum > 0 ? e.Value / sum * total : 0, StringComparer.Ordinal);
    }
}
