namespace Attribution.Analytics.Journeys;

/// <summary>
/// One thread's second pass over a <see cref="JourneyBatch"/>: conversions and revenue credited per model and channel,
/// at <c>Totals[((model x channels) + channel) x 2]</c> (conversions) and the next slot (revenue). A journey without
/// touches credits the direct channel fully in every model.
/// </summary>
internal sealed class CreditTally
{
    private readonly JourneyBatch _batch;
    private readonly double[] _removalEffects;
    private readonly double _halfLifeDays;
    private readonly int[] _counts;
    private double[] _shares = new double[ModelShares.Models * 64];

    public CreditTally(JourneyBatch batch, double[] removalEffects, double halfLifeDays)
    {
        _batch = batch;
        _removalEffects = removalEffects;
        _halfLifeDays = halfLifeDays;
        _counts = new int[batch.Channels.Length];
        Totals = new double[ModelShares.Models * batch.Channels.Length * 2];
    }

    public double[] Totals { get; }

    public void AddJourney(int journey)
    {
        var channels = _batch.Channels.Length;
        var revenue = _batch.Revenue[journey];
        var path = _batch.Path(journey);
        var n = path.Length;
        if (n == 0)
        {
            for (var m = 0; m < ModelShares.Models; m++)
            {
                var at = ((m * channels) + _batch.DirectIndex) * 2;
                Totals[at] += 1;
                Totals[at + 1] += revenue;
            }

            return;
        }

        if (_shares.Length < ModelShares.Models * n)
        {
            _shares = new double[ModelShares.Models * n * 2];
        }

        var ages = _batch.AgeDays.AsSpan(_batch.Offsets[journey], n);
        ModelShares.Compute(path, ages, _batch.IsDirect, _removalEffects, _counts, _halfLifeDays, _shares);
        var shares = _shares.AsSpan(0, ModelShares.Models * n);
        var totals = Totals.AsSpan();
        for (var m = 0; m < ModelShares.Models; m++)
        {
            var row = m * channels;
            var modelShares = shares.Slice(m * n, n);
            for (var i = 0; i < n; i++)
            {
                var share = modelShares[i];
                var at = (row + path[i]) * 2;
                totals[at] += share;
                totals[at + 1] += share * revenue;
            }
        }
    }

    public void Add(CreditTally other)
    {
        for (var i = 0; i < Totals.Length; i++)
        {
            Totals[i] += other.Totals[i];
        }
    }
}
