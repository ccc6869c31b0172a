namespace Attribution.Analytics.Mmm;

/// <summary>
/// Deterministic, dispersed starting points, one per (seed, chain): in the unconstrained space each parameter starts at a
/// rough centre plus a uniform jitter, so chains start apart but inside the region the priors support:
/// level 1 + U(-0.2, 0.2) (the scaled target's mean is 1), trend U(-0.5, 0.5), seasonality and controls U(-0.2, 0.2),
/// ln(effect x sd H) = ln 0.2 + U(-1, 1) (see <see cref="MmmLogDensity"/>),
/// logit decay = logit 0.25 + U(-1, 1), ln k = prior log-mean + U(-1, 1), ln s = ln 1.3 + U(-0.5, 0.5),
/// ln sigma = ln(sd(y') / 2) + U(-0.5, 0.5).
/// </summary>
/// <remarks>
/// Dispersed initial values are what make the between-chain part of R-hat informative: Vehtari, Gelman, Simpson,
/// Carpenter and Buerkner (2021), "Rank-normalization, folding, and localization: an improved R-hat for assessing
/// convergence of MCMC", Bayesian Analysis 16(2); Stan draws uniform(-2, 2) inits for the same reason.
/// </remarks>
internal static class MmmInitializer
{
    public static double[] Initial(MmmProblem problem, int chain)
    {
        var layout = problem.Layout;
        var random = SeededRandom.Create(problem.Options.Seed, 0x1417UL + (ulong)chain);
        var position = new double[layout.Dimension];
        double U(double half) => SeededRandom.Uniform(random, -half, half);
        position[layout.Intercept] = 1 + U(0.2);
        position[layout.Trend] = U(0.5);
        for (var i = layout.SeasonStart; i < layout.EffectStart; i++)
        {
            position[i] = U(0.2);
        }

        for (var c = 0; c < layout.ChannelCount; c++)
        {
            position[layout.EffectStart + c] = Math.Log(0.2) + U(1);
            position[layout.DecayStart + c] = Math.Log(0.25 / 0.75) + U(1);
            position[layout.HalfSaturationStart + c] = problem.Priors.HalfSaturationLogMean + U(1);
            position[layout.ShapeStart + c] = Math.Log(1.3) + U(0.5);
        }

        var target = problem.ScaledTarget;
        var mean = target.Average();
        var deviation = Math.Sqrt(target.Sum(y => (y - mean) * (y - mean)) / target.Length);
        position[layout.Sigma] = Math.Log(deviation / 2) + U(0.5);
        return position;
    }
}
