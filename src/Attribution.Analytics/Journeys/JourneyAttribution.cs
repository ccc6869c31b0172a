namespace Attribution.Analytics.Journeys;

/// <summary>
/// Per-touch credit of one journey under the seven models: first touch, last touch, last non-direct (all-direct path:
/// the last direct touch), linear (<c>1/n</c>, repeats count), time decay (<c>w_i = 2^(-t_i/h)</c>, <c>t_i</c> days from
/// touch to conversion, <c>h</c> = <see cref="AttributionOptions.TimeDecayHalfLifeDays"/>, normalised), position-based
/// (40/20/40; one touch 100%, two touches 50/50) and data-driven (the journey's value split in proportion to the
/// removal effects of its distinct channels, each channel's part split equally over its touches; linear when all of
/// its channels have removal effect 0). Every model's shares sum to 1 and its revenue credits to the journey's revenue
/// (<c>revenue_i = share_i x Revenue</c>). A journey without touches returns an empty array: there is no touch to credit;
/// aggregates credit it to the direct channel.
/// </summary>
/// <remarks>
/// Adobe Analytics attribution models (experienceleague.adobe.com/docs/analytics/analyze/analysis-workspace/attribution/models.html)
/// for first, last, linear, time decay and U-shaped; Google Analytics for last non-direct click; Anderl et al. (2016) and the
/// ChannelAttribution white paper (Altomare and Loris) for the Markov removal effect behind the data-driven model.
/// </remarks>
public static class JourneyAttribution
{
    /// <summary>One <see cref="ModelCredits"/> per touch of <paramref name="journey"/>, in touch order.</summary>
    public static ModelCredits[] Credit(Journey journey, MarkovModel dataDriven, AttributionOptions options)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(dataDriven);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = journey.Touches.Count;
        if (n == 0)
        {
            return [];
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var channels = new int[n];
        var ageDays = new double[n];
        for (var i = 0; i < n; i++)
        {
            var touch = journey.Touches[i];
            if (!index.TryGetValue(touch.Channel, out channels[i]))
            {
                channels[i] = index.Count;
                index.Add(touch.Channel, channels[i]);
            }

            ageDays[i] = (journey.ConvertedAt - touch.OccurredAt).TotalDays;
        }

        var isDirect = new bool[index.Count];
        var effects = new double[index.Count];
        foreach (var (channel, i) in index)
        {
            isDirect[i] = options.IsDirect(channel);
            effects[i] = dataDriven.RemovalEffects.TryGetValue(channel, out var effect) ? effect : 0;
        }

        var shares = new double[ModelShares.Models * n];
        ModelShares.Compute(channels, ageDays, isDirect, effects, new int[index.Count], options.TimeDecayHalfLifeDays, shares);
        var credits = new ModelCredits[n];
        for (var i = 0; i < n; i++)
        {
            ModelCredit At(AttributionModel model) => new(shares[((int)model * n) + i], shares[((int)model * n) + i] * journey.Revenue);
            credits[i] = new ModelCredits(
                At(AttributionModel.FirstTouch),
                At(AttributionModel.LastTouch),
                At(AttributionModel.LastNonDirect),
                At(AttributionModel.Linear),
                At(AttributionModel.TimeDecay),
                At(AttributionModel.PositionBased),
                At(AttributionModel.DataDriven));
        }

        return credits;
    }
}
