namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Options of the conformal permutation test: scheme (cyclic block by default), number of iid shuffles, RNG seed (iid
/// only; the same seed is used for every null so the test is one function of h0), significance level, and the number of
/// grid points used to invert the test into a confidence interval.
/// </summary>
public sealed record ConformalOptions(
    PermutationScheme Scheme = PermutationScheme.CyclicBlock,
    int Permutations = 1000,
    int Seed = 20210401,
    double Alpha = 0.1,
    int GridSize = 50);
