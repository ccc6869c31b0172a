using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Optimization;

/// <summary>
/// The <see cref="ResponseCurve"/> of every channel, over the same D joint posterior draws (draw d of every channel comes
/// from the same posterior sample, so per-draw totals over channels are meaningful).
/// </summary>
public sealed class ResponseCurves
{
    public ResponseCurves(IReadOnlyList<ResponseCurve> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0 || channels.Any(c => c is null) || channels.Any(c => c.DrawCount != channels[0].DrawCount))
        {
            throw new ArgumentException("At least one channel is needed and every channel needs the same number of draws.", nameof(channels));
        }

        Channels = [.. channels];
    }

    public IReadOnlyList<ResponseCurve> Channels { get; }

    public int DrawCount => Channels[0].DrawCount;

    /// <summary>
    /// The curves of a fitted model's posterior: per channel <c>beta_d hill(x / SpendScale; HalfSaturation_d, Shape_d)</c>
    /// (see <see cref="MmmChannelPosterior"/>); the channels' tables are built in parallel.
    /// </summary>
    public static ResponseCurves FromPosterior(MmmPosterior posterior)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        var channels = new ResponseCurve[posterior.Channels.Count];
        Parallel.For(0, channels.Length, c =>
        {
            var channel = posterior.Channels[c];
            channels[c] = ResponseCurve.FromDraws(channel.Channel, channel.SpendScale, channel.Beta, channel.HalfSaturation, channel.Shape);
        });
        return new ResponseCurves(channels);
    }
}
