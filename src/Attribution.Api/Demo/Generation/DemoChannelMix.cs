namespace Attribution.Api.Demo.Generation;

/// <summary>
/// Which channel a touch on a given day comes from: each paid channel in proportion to its modelled response that day,
/// the unpaid channels in fixed shares of the baseline (organic search 34%, direct 30%, email 14%, organic social 8%,
/// referral 8%, SMS 6%). Openers (first touches) weigh prospecting channels 1.6x, closers (last touches) intent channels 1.6x.
/// A paid touch's platform follows that day's platform spend. Channels are indexes into <see cref="DemoChannels.All"/>.
/// </summary>
internal sealed class DemoChannelMix
{
    private static readonly Dictionary<string, double> BackgroundShares = new(StringComparer.Ordinal)
    {
        [DemoChannels.OrganicSearch] = 0.34,
        [DemoChannels.Direct] = 0.30,
        [DemoChannels.Email] = 0.14,
        [DemoChannels.OrganicSocial] = 0.08,
        [DemoChannels.Referral] = 0.08,
        [DemoChannels.Sms] = 0.06,
    };

    private static readonly HashSet<string> Openers =
        [DemoChannels.PaidSocial, DemoChannels.Video, DemoChannels.Display, DemoChannels.OrganicSocial, DemoChannels.Referral];

    private static readonly HashSet<string> Closers =
        [DemoChannels.PaidSearch, DemoChannels.Direct, DemoChannels.Email, DemoChannels.Sms, DemoChannels.Affiliate];

    private readonly CumulativeWeights[][] _channels;
    private readonly CumulativeWeights[]?[] _platformsByDay;
    private readonly string[][] _platforms;
    private readonly DemoTouchStyle[][] _styles;

    public DemoChannelMix(DemoRevenueModel model, IReadOnlyList<DemoChannelSpend> spend)
    {
        var days = model.Baseline.Length;
        var channels = DemoChannels.All;
        var paid = channels.Select(channel => spend.ToList().FindIndex(s => s.Channel.Channel == channel)).ToArray();
        _channels = [.. Enum.GetValues<DemoTouchRole>().Select(_ => new CumulativeWeights[days])];
        for (var t = 0; t < days; t++)
        {
            var weights = new double[channels.Count];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = paid[i] >= 0 ? model.Responses[paid[i]][t] : model.Baseline[t] * BackgroundShares.GetValueOrDefault(channels[i]);
            }

            _channels[(int)DemoTouchRole.Middle][t] = new CumulativeWeights(weights);
            _channels[(int)DemoTouchRole.Opener][t] = new CumulativeWeights(Tilt(weights, Openers));
            _channels[(int)DemoTouchRole.Closer][t] = new CumulativeWeights(Tilt(weights, Closers));
        }

        _platforms = [.. paid.Select(p => p >= 0 ? spend[p].Platforms.Select(x => x.Platform).ToArray() : [""])];
        _platformsByDay = [.. paid.Select(p => p >= 0
            ? Enumerable.Range(0, days).Select(t => new CumulativeWeights([.. spend[p].Platforms.Select(x => (double)x.Spend[t])])).ToArray()
            : null)];
        _styles = [.. channels.Select((channel, i) => _platforms[i].Select(platform => DemoTouchStyle.For(channel, platform)).ToArray())];
    }

    public int Channel(int day, DemoTouchRole role, DemoRandom random) => _channels[(int)role][day].Sample(random);

    /// <summary>A touch of the channel on the day: its platform, then a source and campaign of that platform's style.</summary>
    public (string Platform, string Source, string Medium, string Campaign) Describe(int channel, int day, DemoRandom random)
    {
        var platform = _platformsByDay[channel] is { } byDay ? byDay[day].Sample(random) : 0;
        var style = _styles[channel][platform];
        return (_platforms[channel][platform], style.Sources[random.Next(style.Sources.Count)], style.Medium, style.Campaigns[random.Next(style.Campaigns.Count)]);
    }

    private static double[] Tilt(double[] weights, HashSet<string> favoured) =>
        [.. weights.Select((w, i) => favoured.Contains(DemoChannels.All[i]) ? w * 1.6 : w)];
}
