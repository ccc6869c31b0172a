namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// The Euclidean Hamiltonian with a diagonal metric: <c>H(q, p) = -log p(q) + sum_i m_i p_i^2 / 2</c> with inverse
/// metric <c>m</c>, momenta drawn as <c>p_i = z_i / sqrt(m_i)</c>, and the leapfrog integrator
/// <c>p += (eps/2) grad log p(q); q += eps m p; p += (eps/2) grad log p(q)</c>. A NaN or +infinity log density counts as <c>-infinity</c>, and a NaN energy is
/// reported as <c>+infinity</c>. Counts density evaluations.
/// </summary>
/// <remarks>
/// Betancourt, "A Conceptual Introduction to Hamiltonian Monte Carlo" (2017), sections 4 and 5.1; Neal, "MCMC using
/// Hamiltonian dynamics" (Handbook of Markov Chain Monte Carlo, 2011), section 5.2.3.
/// </remarks>
internal sealed class Hamiltonian(ILogDensity density, double[] inverseMetric)
{
    public double[] InverseMetric { get; } = inverseMetric;

    public long Evaluations { get; private set; }

    /// <summary>Evaluates log density and gradient at the point's position and sets its energy.</summary>
    public void Initialise(PhasePoint z)
    {
        z.LogDensity = Evaluate(z);
        z.Energy = Energy(z);
    }

    /// <summary>Redraws the point's momentum from <c>N(0, M)</c> and updates its energy.</summary>
    public void SampleMomentum(PhasePoint z, ChainRandom random)
    {
        var p = z.Momentum;
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = random.NextNormal() / Math.Sqrt(InverseMetric[i]);
        }

        z.Energy = Energy(z);
    }

    /// <summary>One leapfrog step of size <paramref name="epsilon"/> (negative integrates backwards).</summary>
    public void Leapfrog(PhasePoint z, double epsilon)
    {
        var half = 0.5 * epsilon;
        var (q, p, g, m) = (z.Position, z.Momentum, z.Gradient, InverseMetric);
        for (var i = 0; i < q.Length; i++)
        {
            p[i] += half * g[i];
            q[i] += epsilon * m[i] * p[i];
        }

        z.LogDensity = Evaluate(z);
        for (var i = 0; i < p.Length; i++)
        {
            p[i] += half * g[i];
        }

        z.Energy = Energy(z);
    }

    private double Evaluate(PhasePoint z)
    {
        Evaluations++;
        var logDensity = density.Evaluate(z.Position, z.Gradient);
        return double.IsFinite(logDensity) ? logDensity : double.NegativeInfinity;
    }

    private double Energy(PhasePoint z)
    {
        var (p, m) = (z.Momentum, InverseMetric);
        var kinetic = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            kinetic += m[i] * p[i] * p[i];
        }

        var energy = (0.5 * kinetic) - z.LogDensity;
        return double.IsNaN(energy) ? double.PositiveInfinity : energy;
    }
}
