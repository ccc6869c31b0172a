namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Windowed adaptation of a diagonal inverse metric during warm-up. Stan's schedule: an initial fast buffer of 75
/// iterations, slow windows starting at 25 iterations and doubling (the last one stretched to the terminal buffer),
/// and a terminal fast buffer of 50; when <c>75 + 25 + 50</c> exceeds the warm-up the three stages become
/// 15% / 75% / 10% of it, and below 20 warm-up iterations the metric is not adapted. At the end of each slow window
/// the inverse metric becomes the regularised sample variance of the window's positions,
/// <c>(n/(n + 5)) var + 1e-3 (5/(n + 5))</c> (Welford's running variance), and the window's statistics restart.
/// </summary>
/// <remarks>
/// Stan Reference Manual, "HMC algorithm parameters" (automatic parameter tuning, warm-up windows); Betancourt,
/// "A Conceptual Introduction to Hamiltonian Monte Carlo" (2017), section 4.2; Welford, "Note on a method for
/// calculating corrected sums of squares and products" (Technometrics, 1962).
/// </remarks>
internal sealed class MetricAdaptation
{
    private const int DefaultInitBuffer = 75;
    private const int DefaultTermBuffer = 50;
    private const int DefaultBaseWindow = 25;

    private readonly int _windowStart;
    private readonly int _windowEnd;
    private readonly HashSet<int> _windowEnds = [];
    private readonly double[] _mean;
    private readonly double[] _sumSquares;
    private int _count;

    public MetricAdaptation(int warmup, int dimension)
    {
        _mean = new double[dimension];
        _sumSquares = new double[dimension];
        if (warmup < 20)
        {
            return;
        }

        var (init, term, window) = (DefaultInitBuffer, DefaultTermBuffer, DefaultBaseWindow);
        if (init + window + term > warmup)
        {
            init = (int)(0.15 * warmup);
            term = (int)(0.1 * warmup);
            window = warmup - (init + term);
        }

        _windowStart = init;
        _windowEnd = warmup - term;
        var last = _windowEnd - 1;
        var next = init + window - 1;
        while (true)
        {
            _windowEnds.Add(next);
            if (next >= last)
            {
                break;
            }

            window *= 2;
            next += window;
            if (next + (2 * window) >= _windowEnd)
            {
                next = last;
            }
        }
    }

    /// <summary>The warm-up iterations (0-based) after which the metric changes.</summary>
    public IReadOnlyCollection<int> WindowEnds => _windowEnds;

    /// <summary>
    /// Records warm-up iteration <paramref name="iteration"/>'s position; at the end of a slow window overwrites
    /// <paramref name="inverseMetric"/> and returns true.
    /// </summary>
    public bool Learn(int iteration, ReadOnlySpan<double> position, double[] inverseMetric)
    {
        if (iteration < _windowStart || iteration >= _windowEnd)
        {
            return false;
        }

        _count++;
        for (var i = 0; i < _mean.Length; i++)
        {
            var delta = position[i] - _mean[i];
            _mean[i] += delta / _count;
            _sumSquares[i] += delta * (position[i] - _mean[i]);
        }

        if (!_windowEnds.Contains(iteration))
        {
            return false;
        }

        var n = (double)_count;
        for (var i = 0; i < _mean.Length; i++)
        {
            var variance = _count > 1 ? _sumSquares[i] / (n - 1.0) : 0.0;
            inverseMetric[i] = (n / (n + 5.0) * variance) + (1e-3 * (5.0 / (n + 5.0)));
        }

        Array.Clear(_mean);
        Array.Clear(_sumSquares);
        _count = 0;
        return true;
    }
}
