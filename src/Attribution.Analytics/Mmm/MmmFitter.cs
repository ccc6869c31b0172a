using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Mmm;

/// <summary>
/// Fits the Bayesian media mix model of <see cref="MmmProblem"/> in three steps that can run in different processes:
/// <see cref="Prepare"/> (validate and scale; deterministic), <see cref="SampleChain"/> (one NUTS chain on
/// <see cref="MmmLogDensity"/>; chains are independent, so they fan out) and <see cref="Summarize"/> (diagnostics and
/// figures from the constrained draws alone). <see cref="Posterior"/> extracts the media response draws for budget
/// optimisation.
/// </summary>
/// <remarks>
/// Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with Carryover and Shape Effects"
/// (Google); Hoffman and Gelman (2014), "The No-U-Turn Sampler", JMLR 15; Vehtari et al. (2021), "Rank-normalization,
/// folding, and localization: an improved R-hat for assessing convergence of MCMC", Bayesian Analysis 16(2).
/// </remarks>
public static class MmmFitter
{
    /// <summary>Validates <paramref name="dataset"/> and <paramref name="options"/> (throwing <see cref="MmmInputException"/>) and builds the scaled problem.</summary>
    public static MmmProblem Prepare(MmmDataset dataset, MmmOptions options)
    {
        MmmDatasetValidator.Validate(dataset, options);
        return new MmmProblem(dataset, options);
    }

    /// <summary>
    /// Runs chain <paramref name="chain"/> (0-based) of NUTS from its deterministic starting point
    /// (<see cref="MmmInitializer"/>) with the sampler seeded by (<see cref="MmmOptions.Seed"/>, chain), and returns its
    /// constrained draws.
    /// </summary>
    public static MmmChain SampleChain(MmmProblem problem, int chain, IProgress<SamplerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfNegative(chain);
        var options = problem.Options;
        var nuts = new NutsOptions(options.Warmup, options.Draws, options.TargetAcceptance, options.MaxTreeDepth);
        var density = new MmmLogDensity(problem);
        var result = NutsSampler.Sample(density, MmmInitializer.Initial(problem, chain), nuts, options.Seed, chain, progress, cancellationToken);
        var draws = result.Draws.Select(d => density.Constrain(d)).ToArray();
        return new MmmChain(chain, draws, result.Divergences, result.StepSize, result.MeanAcceptance, result.MaxTreeDepthHits, result.GradientEvaluations);
    }

    /// <summary>
    /// The fit summary of <paramref name="chains"/> (constrained draws of <see cref="SampleChain"/>, e.g. read back from
    /// storage): diagnostics, fit metrics, baseline, per-channel figures and warnings (see <see cref="MmmFit"/>).
    /// Deterministic for the same chains.
    /// </summary>
    public static MmmFit Summarize(MmmProblem problem, IReadOnlyList<MmmChain> chains)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return MmmSummarizer.Summarize(problem, chains);
    }

    /// <summary>
    /// The media response draws of <paramref name="chains"/> in optimizer units (see <see cref="MmmChannelPosterior"/>):
    /// <c>beta = effect (1 + k^s)</c> times <see cref="MmmProblem.TargetScale"/>, decay, half saturation k (scaled spend)
    /// and shape s, chain-major.
    /// </summary>
    public static MmmPosterior Posterior(MmmProblem problem, IReadOnlyList<MmmChain> chains)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var draws = MmmChainSet.Pool(problem, chains);
        var layout = problem.Layout;
        var channels = new MmmChannelPosterior[layout.ChannelCount];
        for (var c = 0; c < channels.Length; c++)
        {
            double[] Column(int start) => draws.Select(d => d[start + c]).ToArray();
            channels[c] = new MmmChannelPosterior(
                problem.Dataset.Channels[c],
                problem.SpendScales[c],
                problem.Dataset.Spend.Sum(row => row[c]),
                draws.Select(d => MmmDraw.Beta(layout, d, c) * problem.TargetScale).ToArray(),
                Column(layout.DecayStart),
                Column(layout.HalfSaturationStart),
                Column(layout.ShapeStart));
        }

        return new MmmPosterior(problem.Dataset.Granularity, problem.Periods, problem.AdstockMaxLag, draws.Length, channels);
    }
}
