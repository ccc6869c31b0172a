namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// The iteration loop of one chain for <see cref="NutsSampler"/>: warm-up with step-size and metric adaptation, then
/// the kept draws and their statistics, with progress reports and cancellation between iterations.
/// </summary>
internal sealed class ChainRun(Hamiltonian hamiltonian, ChainRandom random, NutsOptions options, int chain, IProgress<SamplerProgress>? progress)
{
    private const int ProgressInterval = 50;

    public ChainResult Execute(PhasePoint current, CancellationToken cancellationToken)
    {
        var n = current.Position.Length;
        var kernel = new NutsKernel(hamiltonian, random, options.MaxTreeDepth);
        var scratch = new PhasePoint(n);
        var stepSize = StepSizeSearch.Find(hamiltonian, random, current, scratch, options.InitialStepSize);
        var stepAdaptation = new StepSizeAdaptation(options.TargetAcceptance);
        stepAdaptation.Restart(stepSize);
        var metricAdaptation = new MetricAdaptation(options.Warmup, n);

        var draws = new double[options.Draws][];
        var logDensities = new double[options.Draws];
        var energies = new double[options.Draws];
        var depths = new int[options.Draws];
        var (divergences, depthHits, acceptance) = (0, 0, 0.0);
        var total = options.Warmup + options.Draws;
        for (var iteration = 0; iteration < total; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = kernel.Transition(current, stepSize);
            var warmup = iteration < options.Warmup;
            if (warmup)
            {
                stepSize = stepAdaptation.Learn(info.Acceptance);
                if (metricAdaptation.Learn(iteration, current.Position, hamiltonian.InverseMetric))
                {
                    stepSize = StepSizeSearch.Find(hamiltonian, random, current, scratch, stepSize);
                    stepAdaptation.Restart(stepSize);
                }

                if (iteration == options.Warmup - 1)
                {
                    stepSize = stepAdaptation.Final();
                }
            }
            else
            {
                var d = iteration - options.Warmup;
                draws[d] = (double[])current.Position.Clone();
                logDensities[d] = current.LogDensity;
                energies[d] = info.Energy;
                depths[d] = info.TreeDepth;
                divergences += info.Divergent ? 1 : 0;
                depthHits += info.TreeDepth >= options.MaxTreeDepth ? 1 : 0;
                acceptance += info.Acceptance;
            }

            if ((iteration + 1) % ProgressInterval == 0 || iteration + 1 == total)
            {
                progress?.Report(new SamplerProgress(chain, iteration + 1, total, warmup, divergences));
            }
        }

        return new ChainResult(
            chain,
            draws,
            divergences,
            stepSize,
            (double[])hamiltonian.InverseMetric.Clone(),
            acceptance / options.Draws,
            depthHits,
            hamiltonian.Evaluations)
        {
            LogDensities = logDensities,
            Energies = energies,
            TreeDepths = depths,
        };
    }
}
