namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Runs one chain of the No-U-Turn Sampler with a diagonal metric: <see cref="NutsOptions.Warmup"/> adaptation
/// iterations then <see cref="NutsOptions.Draws"/> kept draws. Warm-up starts with the heuristic step-size search,
/// adapts the step size by dual averaging towards <see cref="NutsOptions.TargetAcceptance"/>
/// (<c>gamma = 0.05, t0 = 10, kappa = 0.75, mu = log(10 eps)</c>) and the inverse metric in Stan's windows
/// (75 / 25 doubling / 50, regularised variances); after every metric update the step size is searched again and dual
/// averaging restarts. Draws use the fixed averaged step size. Transitions are Stan's multinomial NUTS with the
/// generalized U-turn criterion (see <see cref="NutsKernel"/>). The chain's randomness is xoshiro256** seeded by
/// (<c>seed</c>, <c>chain</c>): the same pair reproduces the draws bit for bit.
/// </summary>
/// <remarks>
/// Hoffman and Gelman, "The No-U-Turn Sampler: adaptively setting path lengths in Hamiltonian Monte Carlo" (JMLR 15,
/// 2014); Betancourt, "A Conceptual Introduction to Hamiltonian Monte Carlo" (arXiv:1701.02434, 2017); Stan Reference
/// Manual, "MCMC sampling" and "HMC algorithm parameters".
/// </remarks>
public static class NutsSampler
{
    /// <summary>
    /// Samples <paramref name="density"/> from <paramref name="initialPosition"/> (which must have a finite log
    /// density and gradient). Reports progress every 50 iterations and at the end; checks
    /// <paramref name="cancellationToken"/> before every iteration. All state is local to the call, so chains can run
    /// on parallel threads (the density is evaluated only on the calling thread; share one instance across chains
    /// only if it is thread-safe). Throws <see cref="InvalidOperationException"/> when the step-size search finds the
    /// target improper.
    /// </summary>
    public static ChainResult Sample(
        ILogDensity density,
        ReadOnlySpan<double> initialPosition,
        NutsOptions options,
        ulong seed,
        int chain,
        IProgress<SamplerProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(density);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(chain);
        var n = density.Dimension;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(density));
        if (initialPosition.Length != n)
        {
            throw new ArgumentException($"The initial position has {initialPosition.Length} values; the density has {n} dimensions.", nameof(initialPosition));
        }

        var random = new ChainRandom(seed, chain);
        var inverseMetric = new double[n];
        Array.Fill(inverseMetric, 1.0);
        var hamiltonian = new Hamiltonian(density, inverseMetric);
        var current = new PhasePoint(n);
        initialPosition.CopyTo(current.Position);
        hamiltonian.Initialise(current);
        if (!double.IsFinite(current.LogDensity) || !AllFinite(current.Gradient))
        {
            throw new ArgumentException("The log density or its gradient is not finite at the initial position.", nameof(initialPosition));
        }

        var run = new ChainRun(hamiltonian, random, options, chain, progress);
        return run.Execute(current, cancellationToken);
    }

    private static bool AllFinite(double[] values)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }
}
