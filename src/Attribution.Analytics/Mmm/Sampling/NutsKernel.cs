namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// One NUTS transition with multinomial sampling (Stan's algorithm). From the current position with fresh momentum,
/// the trajectory doubles in a random direction; each new subtree of <c>2^depth</c> leapfrog steps is built
/// recursively, sampling within subtrees uniformly by weight <c>exp(H0 - H)</c> and between the old trajectory and the
/// new subtree by biased progressive sampling (accept the subtree's proposal with
/// <c>min(1, w_new / w_old)</c>). The generalized no-U-turn criterion <c>p#_-·rho &gt; 0 and p#_+·rho &gt; 0</c>
/// (<c>p# = M^-1 p</c>, <c>rho</c> the summed momenta) is checked on every merged (sub)tree and also across each
/// merge boundary (each half extended by the neighbouring point of the other half). A leapfrog step whose energy
/// error <c>H - H0</c> exceeds 1000 is a divergence; it and a U-turn inside a new subtree discard that subtree and
/// end the transition, as does reaching the maximum depth.
/// </summary>
/// <remarks>
/// Hoffman and Gelman, "The No-U-Turn Sampler" (JMLR 15, 2014); Betancourt, "A Conceptual Introduction to Hamiltonian
/// Monte Carlo" (2017), appendix A (multinomial sampling, generalized criterion); Stan Reference Manual, "Hamiltonian
/// Monte Carlo" (NUTS, divergent transitions).
/// </remarks>
internal sealed partial class NutsKernel
{
    private const double MaxEnergyError = 1000.0;

    private readonly Hamiltonian _hamiltonian;
    private readonly ChainRandom _random;
    private readonly int _maxDepth;
    private readonly PhasePoint _forward;
    private readonly PhasePoint _backward;
    private readonly PhasePoint _sample;
    private readonly PhasePoint _proposal;
    private readonly double[] _rho;
    private readonly double[] _rhoForward;
    private readonly double[] _rhoBackward;
    private readonly double[] _pFwdFwd;
    private readonly double[] _sharpFwdFwd;
    private readonly double[] _pFwdBck;
    private readonly double[] _sharpFwdBck;
    private readonly double[] _pBckFwd;
    private readonly double[] _sharpBckFwd;
    private readonly double[] _pBckBck;
    private readonly double[] _sharpBckBck;
    private readonly TreeLevel[] _levels;
    private int _leapfrogs;
    private double _sumAcceptance;
    private bool _divergent;

    public NutsKernel(Hamiltonian hamiltonian, ChainRandom random, int maxDepth)
    {
        var n = hamiltonian.InverseMetric.Length;
        (_hamiltonian, _random, _maxDepth) = (hamiltonian, random, maxDepth);
        (_forward, _backward, _sample, _proposal) = (new(n), new(n), new(n), new(n));
        (_rho, _rhoForward, _rhoBackward) = (new double[n], new double[n], new double[n]);
        (_pFwdFwd, _sharpFwdFwd, _pFwdBck, _sharpFwdBck) = (new double[n], new double[n], new double[n], new double[n]);
        (_pBckFwd, _sharpBckFwd, _pBckBck, _sharpBckBck) = (new double[n], new double[n], new double[n], new double[n]);
        _levels = new TreeLevel[maxDepth];
        for (var d = 1; d < maxDepth; d++)
        {
            _levels[d] = new TreeLevel(n);
        }
    }

    /// <summary>Moves <paramref name="current"/> (position, gradient, log density) by one transition.</summary>
    public TransitionInfo Transition(PhasePoint current, double stepSize)
    {
        _forward.CopyFrom(current);
        _hamiltonian.SampleMomentum(_forward, _random);
        _backward.CopyFrom(_forward);
        _sample.CopyFrom(_forward);
        var h0 = _forward.Energy;
        var p = _forward.Momentum;
        var m = _hamiltonian.InverseMetric;
        for (var i = 0; i < p.Length; i++)
        {
            var sharp = m[i] * p[i];
            _pFwdFwd[i] = _pFwdBck[i] = _pBckFwd[i] = _pBckBck[i] = _rho[i] = p[i];
            _sharpFwdFwd[i] = _sharpFwdBck[i] = _sharpBckFwd[i] = _sharpBckBck[i] = sharp;
        }

        (_leapfrogs, _sumAcceptance, _divergent) = (0, 0.0, false);
        var logSumWeight = 0.0;
        var depth = 0;
        while (depth < _maxDepth)
        {
            var subtreeWeight = double.NegativeInfinity;
            bool valid;
            if (_random.NextUniform() > 0.5)
            {
                _rho.AsSpan().CopyTo(_rhoBackward);
                Array.Clear(_rhoForward);
                _pFwdFwd.AsSpan().CopyTo(_pBckFwd);
                _sharpFwdFwd.AsSpan().CopyTo(_sharpBckFwd);
                valid = BuildTree(depth, _forward, _proposal, _sharpFwdBck, _sharpFwdFwd, _rhoForward, _pFwdBck, _pFwdFwd, h0, stepSize, ref subtreeWeight);
            }
            else
            {
                _rho.AsSpan().CopyTo(_rhoForward);
                Array.Clear(_rhoBackward);
                _pBckBck.AsSpan().CopyTo(_pFwdBck);
                _sharpBckBck.AsSpan().CopyTo(_sharpFwdBck);
                valid = BuildTree(depth, _backward, _proposal, _sharpBckFwd, _sharpBckBck, _rhoBackward, _pBckFwd, _pBckBck, h0, -stepSize, ref subtreeWeight);
            }

            if (!valid)
            {
                break;
            }

            depth++;
            if (subtreeWeight > logSumWeight || _random.NextUniform() < Math.Exp(subtreeWeight - logSumWeight))
            {
                _sample.CopyFrom(_proposal);
            }

            logSumWeight = LogSumExp(logSumWeight, subtreeWeight);
            for (var i = 0; i < _rho.Length; i++)
            {
                _rho[i] = _rhoBackward[i] + _rhoForward[i];
            }

            var persist = NoUTurn(_sharpBckBck, _sharpFwdFwd, _rhoBackward, _rhoForward)
                && NoUTurn(_sharpBckBck, _sharpFwdBck, _rhoBackward, _pFwdBck)
                && NoUTurn(_sharpBckFwd, _sharpFwdFwd, _rhoForward, _pBckFwd);
            if (!persist)
            {
                break;
            }
        }

        current.CopyFrom(_sample);
        return new TransitionInfo(_sumAcceptance / _leapfrogs, depth, _divergent, _sample.Energy);
    }
}
