namespace Attribution.Analytics.Mmm;

/// <summary>Checks a problem's chains (at least one, equal lengths, the problem's dimension, finite values) and pools their draws chain-major.</summary>
internal static class MmmChainSet
{
    public static double[][] Pool(MmmProblem problem, IReadOnlyList<MmmChain> chains)
    {
        Validate(problem, chains);
        return chains.SelectMany(c => c.Draws).ToArray();
    }

    public static void Validate(MmmProblem problem, IReadOnlyList<MmmChain> chains)
    {
        ArgumentNullException.ThrowIfNull(chains);
        if (chains.Count == 0 || chains.Any(c => c is null || c.Draws is null || c.Draws.Length == 0))
        {
            throw new ArgumentException("At least one chain with draws is needed.", nameof(chains));
        }

        var length = chains[0].Draws.Length;
        if (chains.Any(c => c.Draws.Length != length))
        {
            throw new ArgumentException("Every chain must have the same number of draws.", nameof(chains));
        }

        var dimension = problem.Layout.Dimension;
        if (chains.Any(c => c.Draws.Any(d => d is null || d.Length != dimension || !d.All(double.IsFinite))))
        {
            throw new ArgumentException($"Every draw must hold {dimension} finite values in the problem's parameter order.", nameof(chains));
        }
    }
}
