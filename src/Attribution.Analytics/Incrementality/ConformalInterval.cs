namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Test inversion: the hull of the accepted run {h : p(h) &gt;= alpha} around the accepted grid point nearest the estimate, plus 0 when p(0) &gt;= alpha.
/// Grid points are spaced (2 x spread) / (size - 1) around the estimate and 0 is always a grid point, so a rejected 0 always
/// stops the outward walk (bisection only refines between two consecutive grid points and returns the accepted end).
/// </summary>
/// <remarks>Chernozhukov, Wuthrich and Zhu (2021), JASA, section on confidence sets by test inversion.</remarks>
internal static class ConformalInterval
{
    private const int MaxExtraSteps = 400;
    private const int BisectionSteps = 40;

    public static (double Lower, double Upper) Invert(
        Func<double, double> pValue, double estimate, double spread, double pZero, ConformalOptions options)
    {
        var alpha = options.Alpha;
        var width = spread > 0 ? spread : Math.Max(1e-6, Math.Abs(estimate));
        var step = 2 * width / (options.GridSize - 1);
        var grid = Enumerable.Range(0, options.GridSize).Select(i => estimate - width + (i * step)).Append(0.0).Order().ToList();
        var ps = grid.Select(h => h == 0 ? pZero : pValue(h)).ToList();
        var best = Enumerable.Range(0, grid.Count)
            .OrderByDescending(i => ps[i] >= alpha)
            .ThenBy(i => Math.Abs(grid[i] - estimate))
            .First();
        if (ps[best] < alpha)
        {
            return (double.NaN, double.NaN);
        }

        var lower = Walk(pValue, grid, ps, best, -1, step, alpha);
        var upper = Walk(pValue, grid, ps, best, +1, step, alpha);
        return pZero >= alpha ? (Math.Min(lower, 0), Math.Max(upper, 0)) : (lower, upper);
    }

    private static double Walk(
        Func<double, double> pValue, List<double> grid, List<double> ps, int index, int direction, double step, double alpha)
    {
        var accepted = grid[index];
        var i = index + direction;
        while (i >= 0 && i < grid.Count)
        {
            if (ps[i] < alpha)
            {
                return Bisect(pValue, accepted, grid[i], alpha);
            }

            accepted = grid[i];
            i += direction;
        }

        for (var k = 0; k < MaxExtraSteps; k++)
        {
            var next = accepted + (direction * step);
            if (pValue(next) < alpha)
            {
                return Bisect(pValue, accepted, next, alpha);
            }

            accepted = next;
        }

        return direction * double.PositiveInfinity;
    }

    private static double Bisect(Func<double, double> pValue, double accepted, double rejected, double alpha)
    {
        for (var k = 0; k < BisectionSteps; k++)
        {
            var middle = 0.5 * (accepted + rejected);
            if (middle == accepted || middle == rejected)
            {
                break;
            }

            if (pValue(middle) >= alpha)
            {
                accepted = middle;
            }
            else
            {
                rejected = middle;
            }
        }

        return accepted;
    }
}
