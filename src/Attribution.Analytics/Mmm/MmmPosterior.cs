namespace Attribution.Analytics.Mmm;

/// <summary>
/// The media response posterior for budget optimisation (records of arrays, JSON-serialisable): per channel the draws
/// of <see cref="MmmChannelPosterior"/>, over <see cref="Periods"/> periods of <see cref="Granularity"/>, with
/// <see cref="Draws"/> draws per channel.
/// </summary>
public sealed record MmmPosterior(MmmGranularity Granularity, int Periods, int AdstockMaxLag, int Draws, IReadOnlyList<MmmChannelPosterior> Channels);
