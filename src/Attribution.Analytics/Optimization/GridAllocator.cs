namespace Attribution.Analytics.Optimization;

/// <summary>
/// The best allocation on a response grid, for curves that need not be concave (S-shaped Hill curves): the budget above
/// the minimums, <c>B - sum_c l_c</c>, is cut into N = 1,000 units of size delta, channel c may take
/// <c>j = 0..n_c</c> units (<c>n_c = floor((u_c - l_c) / delta)</c>) at the precomputed responses
/// <c>g_c(j) = f_c(l_c + j delta)</c>, and dynamic programming over the channels,
/// <c>V_c(m) = max_{j &lt;= min(m, n_c)} V_(c-1)(m - j) + g_c(j)</c>, finds the exact grid optimum <c>V_C(N)</c> in
/// <c>O(N sum_c n_c)</c>. Units the bounds' rounding leaves over go to channels with room. The result is the start of
/// <see cref="ExchangeRefinement"/>.
/// </summary>
/// <remarks>
/// Ibaraki and Katoh (1988), "Resource Allocation Problems: Algorithmic Approaches", chapter 3 (dynamic programming for
/// the separable discrete resource allocation problem, which needs no concavity); Bellman (1957), "Dynamic Programming".
/// Greedy marginal allocation (Google Meridian's and Robyn's allocators climb a spend grid by marginal ROI) is optimal only
/// for concave curves; on S-shaped ones it can stall below an inflection point, which the dynamic programme cannot.
/// </remarks>
internal static class GridAllocator
{
    public const int Units = 1000;

    /// <summary>The grid optimum; <paramref name="step"/> receives delta.</summary>
    public static double[] Solve(IReadOnlyList<ResponseCurve> curves, double[] lower, double[] upper, double budget, out double step)
    {
        var count = curves.Count;
        var spends = (double[])lower.Clone();
        step = (budget - lower.Sum()) / Units;
        if (!(step > 0))
        {
            return spends;
        }

        var delta = step;
        var limits = new int[count];
        var gains = new double[count][];
        for (var c = 0; c < count; c++)
        {
            limits[c] = (int)Math.Min(Units, Math.Floor(((upper[c] - lower[c]) / delta) + 1e-9));
            var curve = curves[c];
            var low = lower[c];
            gains[c] = Enumerable.Range(0, limits[c] + 1).Select(j => curve.Response(low + (j * delta))).ToArray();
        }

        var best = new double[Units + 1];
        Array.Fill(best, double.NegativeInfinity);
        Array.Copy(gains[0], best, limits[0] + 1);
        var choices = new int[count][];
        var next = new double[Units + 1];
        for (var c = 1; c < count; c++)
        {
            var gain = gains[c];
            var choice = choices[c] = new int[Units + 1];
            for (var m = 0; m <= Units; m++)
            {
                var value = double.NegativeInfinity;
                var chosen = 0;
                for (var j = Math.Min(m, limits[c]); j >= 0; j--)
                {
                    var candidate = best[m - j] + gain[j];
                    if (candidate > value)
                    {
                        value = candidate;
                        chosen = j;
                    }
                }

                next[m] = value;
                choice[m] = chosen;
            }

            (best, next) = (next, best);
        }

        var units = Units;
        while (units > 0 && double.IsNegativeInfinity(best[units]))
        {
            units--;
        }

        var remaining = units;
        for (var c = count - 1; c >= 1; c--)
        {
            var j = choices[c][remaining];
            spends[c] += j * delta;
            remaining -= j;
        }

        spends[0] += remaining * delta;
        Distribute(spends, upper, (Units - units) * delta);
        return spends;
    }

    /// <summary>Adds <paramref name="amount"/> to the channels in order, each up to its upper bound.</summary>
    private static void Distribute(double[] spends, double[] upper, double amount)
    {
        for (var c = 0; c < spends.Length && amount > 0; c++)
        {
            var add = Math.Min(amount, upper[c] - spends[c]);
            if (add > 0)
            {
                spends[c] += add;
                amount -= add;
            }
        }
    }
}
