using MathNet.Numerics.Distributions;

namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Rank normalisation of all draws pooled over chains: each of the <c>S</c> draws gets its fractional rank <c>r</c>
/// (ties share their average rank) and becomes <c>z = Phi^-1((r - 3/8) / (S + 1/4))</c> (Blom's offset).
/// </summary>
/// <remarks>
/// Vehtari, Gelman, Simpson, Carpenter and Bürkner, "Rank-normalization, folding, and localization: an improved R-hat
/// for assessing convergence of MCMC" (Bayesian Analysis 16(2), 2021), section 4.1; Blom, "Statistical Estimates and
/// Transformed Beta-Variables" (1958).
/// </remarks>
internal static class RankNormalization
{
    public static double[][] ZScores(IReadOnlyList<double[]> chains)
    {
        var n = chains[0].Length;
        var values = chains.SelectMany(chain => chain).ToArray();
        var order = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort((double[])values.Clone(), order);
        var total = values.Length;
        var z = new double[total];
        var start = 0;
        while (start < total)
        {
            var end = start;
            while (end + 1 < total && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1.0;
            var score = Normal.InvCDF(0.0, 1.0, (rank - 0.375) / (total + 0.25));
            for (var k = start; k <= end; k++)
            {
                z[order[k]] = score;
            }

            start = end + 1;
        }

        return [.. Enumerable.Range(0, chains.Count).Select(c => z[(c * n)..((c + 1) * n)])];
    }
}
