using MathNet.Numerics.LinearAlgebra;

namespace Attribution.Analytics.Incrementality;

/// <summary>
/// Exact solution of min_w 1/2 w'Gw - c'w subject to w &gt;= 0 and sum(w) = 1 (G positive semi-definite) by the primal
/// active-set method: each step solves the equality-constrained KKT system on the free set, steps back to the first
/// blocking bound when that solution leaves the simplex, and frees the bound with the most negative multiplier
/// mu_i = (Gw - c)_i - nu when it is optimal on the free set. A ridge of 1e-10 x mean(diag G) keeps the systems regular.
/// </summary>
/// <remarks>Nocedal and Wright, "Numerical Optimization" (2nd ed.), section 16.5, active-set methods for convex QP.</remarks>
internal static class SimplexLeastSquares
{
    public static double[] Solve(Matrix<double> gram, Vector<double> linear)
    {
        var n = linear.Count;
        var ridge = 1e-10 * Math.Max(gram.Diagonal().Average(), 1e-300);
        var g = gram + (Matrix<double>.Build.DenseIdentity(n) * ridge);
        var start = Enumerable.Range(0, n).MinBy(i => (0.5 * g[i, i]) - linear[i]);
        var w = new double[n];
        w[start] = 1;
        var free = new List<int> { start };
        var tolerance = 1e-13 * Math.Max(1, linear.AbsoluteMaximum());
        for (var iteration = 0; iteration < (20 * n) + 100; iteration++)
        {
            var (x, nu) = SolveFree(g, linear, free);
            if (x.All(v => v > 0))
            {
                Array.Clear(w);
                for (var k = 0; k < free.Count; k++)
                {
                    w[free[k]] = x[k];
                }

                var entering = MostNegativeMultiplier(g, linear, w, free, nu, tolerance);
                if (entering < 0)
                {
                    return w;
                }

                free.Add(entering);
                continue;
            }

            StepToBlockingBound(w, free, x);
        }

        throw new InvalidOperationException("Simplex least squares did not converge.");
    }

    private static (double[] X, double Nu) SolveFree(Matrix<double> g, Vector<double> c, List<int> free)
    {
        var m = free.Count;
        var kkt = Matrix<double>.Build.Dense(m + 1, m + 1);
        var rhs = Vector<double>.Build.Dense(m + 1);
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                kkt[a, b] = g[free[a], free[b]];
            }

            kkt[a, m] = -1;
            kkt[m, a] = 1;
            rhs[a] = c[free[a]];
        }

        rhs[m] = 1;
        var solution = kkt.Solve(rhs);
        return (solution.SubVector(0, m).ToArray(), solution[m]);
    }

    private static int MostNegativeMultiplier(
        Matrix<double> g, Vector<double> c, double[] w, List<int> free, double nu, double tolerance)
    {
        var gradient = (g * Vector<double>.Build.DenseOfArray(w)) - c;
        var best = -1;
        var bestValue = -tolerance;
        for (var i = 0; i < w.Length; i++)
        {
            var mu = gradient[i] - nu;
            if (!free.Contains(i) && mu < bestValue)
            {
                best = i;
                bestValue = mu;
            }
        }

        return best;
    }

    private static void StepToBlockingBound(double[] w, List<int> free, double[] x)
    {
        var step = 1.0;
        for (var k = 0; k < free.Count; k++)
        {
            var current = w[free[k]];
            if (x[k] <= 0 && current - x[k] > 0)
            {
                step = Math.Min(step, current / (current - x[k]));
            }
        }

        for (var k = 0; k < free.Count; k++)
        {
            w[free[k]] += step * (x[k] - w[free[k]]);
        }

        free.RemoveAll(i => w[i] <= 1e-15);
        foreach (var i in Enumerable.Range(0, w.Length).Where(i => !free.Contains(i)))
        {
            w[i] = 0;
        }
    }
}
