namespace Attribution.Analytics.Journeys;

/// <summary>
/// The shares of one journey's touches under the seven models, written model-major into
/// <c>shares[(int)model * n + i]</c> for touch <c>i</c> of <c>n</c>:
/// <list type="bullet">
/// <item>first touch: 1 on touch 0; last touch: 1 on touch n-1;</item>
/// <item>last non-direct: 1 on the last touch whose channel is not direct, or on touch n-1 when all are direct;</item>
/// <item>linear: 1/n on every touch (repeats count);</item>
/// <item>time decay: <c>w_i = 2^(-t_i / h)</c>, <c>t_i</c> = days from touch to conversion, <c>h</c> = half-life, shares <c>w_i / sum w</c>;</item>
/// <item>position-based: 1 touch 1; 2 touches 1/2 each; otherwise 0.4 first, 0.4 last, 0.2 split equally over the middle;</item>
/// <item>data-driven: channel <c>c</c> receives <c>RE_c / sum of RE over the journey's distinct channels</c>, split equally
/// over its touches; when every channel of the journey has removal effect 0 the linear shares are used.</item>
/// </list>
/// </summary>
/// <remarks>
/// Time decay and linear: Adobe Analytics attribution models (experienceleague.adobe.com, "Attribution models and lookback
/// windows"); last non-direct: Google Analytics' cross-channel last click; position-based (U-shaped, 40/20/40): Adobe and
/// Google; data-driven: Anderl, Becker, von Wangenheim and Schumann (2016), "Mapping the customer journey: lessons learned
/// from graph-based online attribution modeling". The weights of time decay are computed relative to the newest touch
/// (<c>2^(-(t_i - min t) / h)</c>), which leaves the shares unchanged and avoids underflow on long windows.
/// </remarks>
internal static class ModelShares
{
    public const int Models = 7;

    /// <param name="channels">Channel index of each touch.</param>
    /// <param name="ageDays">Days from each touch to the conversion.</param>
    /// <param name="isDirect">Per channel index: the direct channel.</param>
    /// <param name="removalEffects">Per channel index: the Markov removal effect.</param>
    /// <param name="channelCounts">Scratch per channel index, all zero on entry and on exit.</param>
    /// <param name="halfLifeDays">The time-decay half-life.</param>
    /// <param name="shares">7 x n shares, model-major.</param>
    public static void Compute(
        ReadOnlySpan<int> channels,
        ReadOnlySpan<double> ageDays,
        ReadOnlySpan<bool> isDirect,
        ReadOnlySpan<double> removalEffects,
        Span<int> channelCounts,
        double halfLifeDays,
        Span<double> shares)
    {
        var n = channels.Length;
        shares[..(Models * n)].Clear();
        shares[n * (int)AttributionModel.FirstTouch] = 1;
        shares[(n * (int)AttributionModel.LastTouch) + n - 1] = 1;
        shares[(n * (int)AttributionModel.LastNonDirect) + LastNonDirect(channels, isDirect)] = 1;
        shares.Slice(n * (int)AttributionModel.Linear, n).Fill(1.0 / n);
        TimeDecay(ageDays, halfLifeDays, shares.Slice(n * (int)AttributionModel.TimeDecay, n));
        PositionBased(shares.Slice(n * (int)AttributionModel.PositionBased, n));
        DataDriven(channels, removalEffects, channelCounts, shares.Slice(n * (int)AttributionModel.DataDriven, n));
    }

    private static int LastNonDirect(ReadOnlySpan<int> channels, ReadOnlySpan<bool> isDirect)
    {
        for (var i = channels.Length - 1; i >= 0; i--)
        {
            if (!isDirect[channels[i]])
            {
                return i;
            }
        }

        return channels.Length - 1;
    }

    private static void TimeDecay(ReadOnlySpan<double> ageDays, double halfLifeDays, Span<double> shares)
    {
        var newest = double.PositiveInfinity;
        foreach (var age in ageDays)
        {
            newest = Math.Min(newest, age);
        }

        var rate = -Math.Log(2) / halfLifeDays;
        var sum = 0.0;
        for (var i = 0; i < ageDays.Length; i++)
        {
            shares[i] = Math.Exp(rate * (ageDays[i] - newest));
            sum += shares[i];
        }

        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] /= sum;
        }
    }

    private static void PositionBased(Span<double> shares)
    {
        var n = shares.Length;
        if (n <= 2)
        {
            shares.Fill(1.0 / n);
            return;
        }

        shares.Fill(0.2 / (n - 2));
        shares[0] = 0.4;
        shares[n - 1] = 0.4;
    }

    private static void DataDriven(ReadOnlySpan<int> channels, ReadOnlySpan<double> removalEffects, Span<int> channelCounts, Span<double> shares)
    {
        var total = 0.0;
        foreach (var channel in channels)
        {
            if (channelCounts[channel]++ == 0)
            {
                total += removalEffects[channel];
            }
        }

        if (total > 0)
        {
            for (var i = 0; i < channels.Length; i++)
            {
                shares[i] = removalEffects[channels[i]] / (total * channelCounts[channels[i]]);
            }
        }
        else
        {
            shares.Fill(1.0 / channels.Length);
        }

        foreach (var channel in channels)
        {
            channelCounts[channel] = 0;
        }
    }
}
