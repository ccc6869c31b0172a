using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

/// <summary>Chains with known properties for the diagnostics tests.</summary>
internal static class SyntheticChains
{
    /// <summary>Independent normal draws; chain <c>c</c> has mean <c>means[c]</c> and sd <c>sds[c]</c>.</summary>
    public static double[][] Normal(ulong seed, int draws, double[] means, double[] sds) =>
        [.. means.Select((mean, c) =>
        {
            var random = new ChainRandom(seed, c);
            return Enumerable.Range(0, draws).Select(_ => mean + (sds[c] * random.NextNormal())).ToArray();
        })];

    /// <summary>Stationary AR(1) chains <c>y_t = phi y_{t-1} + e_t</c>, <c>e_t ~ N(0, 1)</c>, started from the stationary law.</summary>
    public static double[][] Ar1(ulong seed, int chains, int draws, double phi) =>
        [.. Enumerable.Range(0, chains).Select(c =>
        {
            var random = new ChainRandom(seed, c);
            var y = random.NextNormal() / Math.Sqrt(1 - (phi * phi));
            var chain = new double[draws];
            for (var t = 0; t < draws; t++)
            {
                chain[t] = y;
                y = (phi * y) + random.NextNormal();
            }

            return chain;
        })];

    /// <summary>
    /// The fixed cross-check dataset: 4 chains of 51 draws (odd, so splitting drops a middle draw) from
    /// <c>state' = (1103515245 state + 12345) mod 2^31</c> (state 2024), <c>u = state / 2^31 - 1/2</c>,
    /// <c>y = 0.6 y + u</c>; chain <c>c</c> holds <c>y + 0.1 c</c>, except chain 3 holds <c>1.5 y + 0.4</c>.
    /// </summary>
    public static double[][] Oracle()
    {
        var state = 2024L;
        var chains = new double[4][];
        for (var c = 0; c < 4; c++)
        {
            chains[c] = new double[51];
            var y = 0.0;
            for (var t = 0; t < 51; t++)
            {
                state = ((1103515245L * state) + 12345L) % 2147483648L;
                y = (0.6 * y) + ((state / 2147483648.0) - 0.5);
                chains[c][t] = c == 3 ? (1.5 * y) + 0.4 : y + (0.1 * c);
            }
        }

        return chains;
    }
}
