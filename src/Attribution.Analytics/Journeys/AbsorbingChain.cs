using MathNet.Numerics.LinearAlgebra;

namespace Attribution.Analytics.Journeys;

/// <summary>
/// An absorbing Markov chain normalised from counted transitions: <c>Q</c>, <c>r</c>, <c>s</c>, the fundamental matrix
/// <c>N = (I - Q)^-1</c> (one LU inverse), <c>b = N r</c>, <c>g = s^T N</c> and <c>P = s_0 + s^T b</c>. A state with
/// no counted way out absorbs into null.
/// </summary>
/// <remarks>Kemeny and Snell, "Finite Markov Chains" (1960), chapter III; see <see cref="MarkovAttribution"/>.</remarks>
internal sealed class AbsorbingChain
{
    private readonly Matrix<double> _fundamental;
    private readonly Vector<double> _absorption;
    private readonly Vector<double> _visits;

    private AbsorbingChain(Dictionary<long, int> states, Matrix<double> fundamental, Vector<double> absorption, Vector<double> visits, double probability)
    {
        States = states;
        _fundamental = fundamental;
        _absorption = absorption;
        _visits = visits;
        ConversionProbability = probability;
    }

    public Dictionary<long, int> States { get; }

    public double ConversionProbability { get; }

    public static AbsorbingChain From(MarkovTransitions transitions)
    {
        var edges = transitions.Edges().ToList();
        var states = new Dictionary<long, int>();
        foreach (var (from, to, _) in edges)
        {
            foreach (var key in new[] { from, to })
            {
                if (key > 0 && !states.ContainsKey(key))
                {
                    states.Add(key, states.Count);
                }
            }
        }

        var n = states.Count;
        var q = Matrix<double>.Build.Dense(n, n);
        var r = Vector<double>.Build.Dense(n);
        var s = Vector<double>.Build.Dense(n);
        var totals = new double[n];
        var (startTotal, startConversion) = (0.0, 0.0);
        foreach (var (from, to, count) in edges)
        {
            if (from == MarkovTransitions.StartKey)
            {
                startTotal += count;
                if (to > 0)
                {
                    s[states[to]] += count;
                }
                else if (to == MarkovTransitions.ConversionKey)
                {
                    startConversion += count;
                }

                continue;
            }

            var i = states[from];
            totals[i] += count;
            if (to > 0)
            {
                q[i, states[to]] += count;
            }
            else if (to == MarkovTransitions.ConversionKey)
            {
                r[i] += count;
            }
        }

        if (startTotal == 0 || n == 0)
        {
            return new AbsorbingChain(states, q, r, s, startTotal == 0 ? 0 : startConversion / startTotal);
        }

        for (var i = 0; i < n; i++)
        {
            if (totals[i] > 0)
            {
                q.SetRow(i, q.Row(i) / totals[i]);
                r[i] /= totals[i];
            }
        }

        s /= startTotal;
        var fundamental = (Matrix<double>.Build.DenseIdentity(n) - q).Inverse();
        var absorption = fundamental * r;
        var visits = fundamental.TransposeThisAndMultiply(s);
        return new AbsorbingChain(states, fundamental, absorption, visits, (startConversion / startTotal) + s.DotProduct(absorption));
    }

    /// <summary>Per channel index, the indexes of the transient states whose tuple contains it.</summary>
    public List<int>[] StatesByChannel(MarkovTransitions transitions)
    {
        var members = Enumerable.Range(0, transitions.Channels.Count).Select(_ => new List<int>()).ToArray();
        foreach (var (key, i) in States)
        {
            foreach (var channel in transitions.ChannelsOf(key).Distinct())
            {
                members[channel].Add(i);
            }
        }

        return members;
    }

    /// <summary><c>P - g_S^T (N_SS)^-1 b_S</c>: the conversion probability when the states <paramref name="removed"/> lead to null.</summary>
    public double ConversionProbabilityWithout(List<int> removed)
    {
        if (ConversionProbability == 0)
        {
            return 0;
        }

        if (removed.Count == 1)
        {
            var c = removed[0];
            return ConversionProbability - (_visits[c] * _absorption[c] / _fundamental[c, c]);
        }

        var block = Matrix<double>.Build.Dense(removed.Count, removed.Count, (i, j) => _fundamental[removed[i], removed[j]]);
        var b = Vector<double>.Build.Dense(removed.Count, i => _absorption[removed[i]]);
        var g = Vector<double>.Build.Dense(removed.Count, i => _visits[removed[i]]);
        return ConversionProbability - g.DotProduct(block.Solve(b));
    }
}
