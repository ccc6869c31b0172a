namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Helpers over the draws of one scalar quantity in several chains: validation, splitting each chain into halves
/// (an odd middle draw is dropped, as in the posterior R package), pooled type-7 quantiles and the checks that make a diagnostic undefined.
/// </summary>
internal static class DrawChains
{
    public const int MinimumDraws = 4;

    /// <summary>Throws unless there is at least one chain and all chains are non-null with one equal length of 4+.</summary>
    public static void Validate(IReadOnlyList<double[]> chains)
    {
        ArgumentNullException.ThrowIfNull(chains);
        if (chains.Count == 0)
        {
            throw new ArgumentException("At least one chain is needed.", nameof(chains));
        }

        var length = chains[0]?.Length ?? 0;
        foreach (var chain in chains)
        {
            if (chain is null || chain.Length != length)
            {
                throw new ArgumentException("Chains must be non-null and of equal length.", nameof(chains));
            }
        }

        if (length < MinimumDraws)
        {
            throw new ArgumentException($"Each chain needs at least {MinimumDraws} draws.", nameof(chains));
        }
    }

    /// <summary>Halves of every chain: draws <c>[0, n/2)</c> and <c>[n - n/2, n)</c> (integer division).</summary>
    public static double[][] Split(IReadOnlyList<double[]> chains)
    {
        var n = chains[0].Length;
        var half = n / 2;
        var split = new double[2 * chains.Count][];
        for (var c = 0; c < chains.Count; c++)
        {
            split[2 * c] = chains[c][..half];
            split[(2 * c) + 1] = chains[c][(n - half)..];
        }

        return split;
    }

    public static double[][] Map(IReadOnlyList<double[]> chains, Func<double, double> map) =>
        [.. chains.Select(chain => Array.ConvertAll(chain, v => map(v)))];

    public static bool AllFinite(IReadOnlyList<double[]> chains) => chains.All(chain => chain.All(double.IsFinite));

    /// <summary>True when every draw of every chain has one and the same value.</summary>
    public static bool AllEqual(IReadOnlyList<double[]> chains) => chains.All(chain => chain.All(v => v == chains[0][0]));

    /// <summary>The quantile of all draws pooled, linear interpolation between order statistics (R type 7).</summary>
    public static double Quantile(IReadOnlyList<double[]> chains, double probability)
    {
        var sorted = chains.SelectMany(chain => chain).Order().ToArray();
        var h = (sorted.Length - 1) * probability;
        var low = (int)Math.Floor(h);
        return low + 1 < sorted.Length ? sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low])) : sorted[low];
    }
}
