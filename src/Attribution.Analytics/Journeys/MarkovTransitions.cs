namespace Attribution.Analytics.Journeys;

/// <summary>
/// Counted transitions of the Markov chain behind the data-driven model. Each path, with consecutive repeats collapsed
/// (<c>A &gt; A &gt; B</c> becomes <c>A &gt; B</c>), walks <c>start -&gt; s_1 -&gt; ... -&gt; s_m</c> and ends in the
/// conversion state (weight = its conversions) and in the null state (weight = its nulls); every transition between
/// transient states has weight conversions + nulls. For order <c>k</c> a state is the last <c>k</c> channels of the
/// collapsed path (fewer at its beginning). A path without channels goes from start straight to conversion or null.
/// </summary>
/// <remarks>The layout (start, conversion and null states; repeats collapsed; null paths feed the chain) is the one of the
/// ChannelAttribution package's white paper (Altomare and Loris, "ChannelAttribution: Markov model for online multi-channel
/// attribution") and Anderl et al. (2016).</remarks>
public sealed class MarkovTransitions
{
    public const int MaxOrder = 4;
    internal const long StartKey = 0;
    internal const long ConversionKey = -1;
    internal const long NullKey = -2;

    private readonly string[] _channels;
    private readonly long _base;
    private readonly long _modulus;
    private readonly double[]? _dense;
    private readonly Dictionary<(long From, long To), double>? _sparse;

    internal MarkovTransitions(string[] channels, int order)
    {
        ValidateOrder(order);
        _channels = channels;
        Order = order;
        _base = channels.Length + 1L;
        var modulus = 1.0;
        for (var i = 0; i < order; i++)
        {
            modulus *= _base;
        }

        if (modulus > 1L << 52)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, $"{channels.Length} channels are too many for a Markov chain of order {order}.");
        }

        _modulus = (long)modulus;
        if (order == 1)
        {
            _dense = new double[(channels.Length + 1) * (channels.Length + 2)];
        }
        else
        {
            _sparse = [];
        }
    }

    /// <summary>The chain's order: a state is the last <see cref="Order"/> channels.</summary>
    public int Order { get; }

    /// <summary>The channels, indexed as in the counted paths.</summary>
    public IReadOnlyList<string> Channels => _channels;

    /// <summary>Total conversions over the counted paths.</summary>
    public double Conversions { get; private set; }

    /// <summary>Total conversion value over the counted paths.</summary>
    public double Value { get; private set; }

    /// <summary>Total non-converting path endings.</summary>
    public double Nulls { get; private set; }

    internal static void ValidateOrder(int order)
    {
        if (order is < 1 or > MaxOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, $"The Markov order must be between 1 and {MaxOrder}.");
        }
    }

    /// <summary>Counts one path of channel indexes (repeats allowed) ending <paramref name="conversions"/> and <paramref name="nulls"/> times.</summary>
    internal void Add(ReadOnlySpan<int> path, double conversions, double value, double nulls)
    {
        var weight = conversions + nulls;
        Conversions += conversions;
        Value += value;
        Nulls += nulls;
        if (!(weight > 0))
        {
            return;
        }

        var state = StartKey;
        var previous = -1;
        foreach (var channel in path)
        {
            if (channel == previous)
            {
                continue;
            }

            var next = ((state * _base) + channel + 1) % _modulus;
            Count(state, next, weight);
            state = next;
            previous = channel;
        }

        Count(state, ConversionKey, conversions);
        Count(state, NullKey, nulls);
    }

    /// <summary>Adds the counts of <paramref name="other"/>, counted over the same channels and order.</summary>
    internal void Add(MarkovTransitions other)
    {
        Conversions += other.Conversions;
        Value += other.Value;
        Nulls += other.Nulls;
        if (_dense is not null)
        {
            for (var i = 0; i < _dense.Length; i++)
            {
                _dense[i] += other._dense![i];
            }

            return;
        }

        foreach (var ((from, to), count) in other._sparse!)
        {
            Count(from, to, count);
        }
    }

    /// <summary>A fresh, empty counter over the same channels and order.</summary>
    internal MarkovTransitions Empty() => new(_channels, Order);

    /// <summary>The channel indexes of a state key, oldest first.</summary>
    internal IEnumerable<int> ChannelsOf(long state)
    {
        for (var key = state; key > 0; key /= _base)
        {
            yield return (int)(key % _base) - 1;
        }
    }

    /// <summary>The non-zero transitions (from state key, to state key or <see cref="ConversionKey"/> / <see cref="NullKey"/>, count).</summary>
    internal IEnumerable<(long From, long To, double Count)> Edges()
    {
        if (_sparse is not null)
        {
            foreach (var ((from, to), count) in _sparse)
            {
                yield return (from, to, count);
            }

            yield break;
        }

        var width = _channels.Length + 2;
        for (var i = 0; i < _dense!.Length; i++)
        {
            if (_dense[i] != 0)
            {
                var (row, column) = Math.DivRem(i, width);
                var from = row == _channels.Length ? StartKey : row + 1;
                var to = column == _channels.Length ? ConversionKey : column == _channels.Length + 1 ? NullKey : column + 1;
                yield return (from, to, _dense[i]);
            }
        }
    }

    private void Count(long from, long to, double count)
    {
        if (count == 0)
        {
            return;
        }

        if (_dense is not null)
        {
            var row = from == StartKey ? _channels.Length : (int)from - 1;
            var column = to switch
            {
                ConversionKey => _channels.Length,
                NullKey => _channels.Length + 1,
                _ => (int)to - 1,
            };
            _dense[(row * (_channels.Length + 2)) + column] += count;
            return;
        }

        _sparse![(from, to)] = _sparse.GetValueOrDefault((from, to)) + count;
    }
}
