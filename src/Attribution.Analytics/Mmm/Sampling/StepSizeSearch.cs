namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Heuristic initial step size: from the current position with fresh momentum, take one leapfrog step and compare
/// the acceptance <c>exp(H0 - H)</c> with 0.8; keep doubling <c>eps</c> while it stays above (halving while it stays
/// below) and stop at the first crossing. A step size above <c>1e7</c> means an improper target; one that underflows
/// to 0 means no acceptable step exists; both throw <see cref="InvalidOperationException"/>.
/// </summary>
/// <remarks>
/// Hoffman and Gelman, "The No-U-Turn Sampler" (JMLR 15, 2014), algorithm 4, in the form Stan uses on every
/// (re)start of step-size adaptation (Stan Reference Manual, "HMC algorithm parameters").
/// </remarks>
internal static class StepSizeSearch
{
    private static readonly double LogThreshold = Math.Log(0.8);

    public static double Find(Hamiltonian hamiltonian, ChainRandom random, PhasePoint current, PhasePoint scratch, double stepSize)
    {
        var direction = OneStep(hamiltonian, random, current, scratch, stepSize) > LogThreshold ? 1 : -1;
        while (true)
        {
            var delta = OneStep(hamiltonian, random, current, scratch, stepSize);
            if ((direction == 1 && !(delta > LogThreshold)) || (direction == -1 && !(delta < LogThreshold)))
            {
                return stepSize;
            }

            stepSize = direction == 1 ? 2.0 * stepSize : 0.5 * stepSize;
            if (stepSize > 1e7)
            {
                throw new InvalidOperationException("The step size grew above 1e7: the target density looks improper.");
            }

            if (stepSize == 0)
            {
                throw new InvalidOperationException("No acceptably small step size exists at the current position.");
            }
        }
    }

    /// <summary><c>H0 - H</c> after one leapfrog step of <paramref name="stepSize"/> with fresh momentum.</summary>
    private static double OneStep(Hamiltonian hamiltonian, ChainRandom random, PhasePoint current, PhasePoint scratch, double stepSize)
    {
        scratch.CopyFrom(current);
        hamiltonian.SampleMomentum(scratch, random);
        var h0 = scratch.Energy;
        hamiltonian.Leapfrog(scratch, stepSize);
        return h0 - scratch.Energy;
    }
}
