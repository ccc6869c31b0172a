namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>The recursive subtree construction of <see cref="NutsKernel"/>.</summary>
internal sealed partial class NutsKernel
{
    /// <summary>
    /// Builds a subtree of <c>2^depth</c> leapfrog steps from <paramref name="z"/> (which ends at the subtree's far
    /// end), writes its multinomial proposal, the momenta and sharp momenta at both ends, adds its summed momentum
    /// to <paramref name="rho"/> and its log weight to <paramref name="logSumWeight"/>. Returns false on a divergence
    /// or an internal U-turn.
    /// </summary>
    private bool BuildTree(
        int depth,
        PhasePoint z,
        PhasePoint proposal,
        double[] sharpBegin,
        double[] sharpEnd,
        double[] rho,
        double[] momentumBegin,
        double[] momentumEnd,
        double h0,
        double stepSize,
        ref double logSumWeight)
    {
        if (depth == 0)
        {
            return Leaf(z, proposal, sharpBegin, sharpEnd, rho, momentumBegin, momentumEnd, h0, stepSize, ref logSumWeight);
        }

        var level = _levels[depth];
        var initWeight = double.NegativeInfinity;
        Array.Clear(level.InitRho);
        if (!BuildTree(depth - 1, z, proposal, sharpBegin, level.InitEndSharp, level.InitRho, momentumBegin, level.InitEndMomentum, h0, stepSize, ref initWeight))
        {
            return false;
        }

        var finalWeight = double.NegativeInfinity;
        Array.Clear(level.FinalRho);
        if (!BuildTree(depth - 1, z, level.FinalProposal, level.FinalBeginSharp, sharpEnd, level.FinalRho, level.FinalBeginMomentum, momentumEnd, h0, stepSize, ref finalWeight))
        {
            return false;
        }

        var subtreeWeight = LogSumExp(initWeight, finalWeight);
        logSumWeight = LogSumExp(logSumWeight, subtreeWeight);
        if (finalWeight > subtreeWeight || _random.NextUniform() < Math.Exp(finalWeight - subtreeWeight))
        {
            proposal.CopyFrom(level.FinalProposal);
        }

        for (var i = 0; i < rho.Length; i++)
        {
            rho[i] += level.InitRho[i] + level.FinalRho[i];
        }

        return NoUTurn(sharpBegin, sharpEnd, level.InitRho, level.FinalRho)
            && NoUTurn(sharpBegin, level.FinalBeginSharp, level.InitRho, level.FinalBeginMomentum)
            && NoUTurn(level.InitEndSharp, sharpEnd, level.FinalRho, level.InitEndMomentum);
    }

    private bool Leaf(
        PhasePoint z,
        PhasePoint proposal,
        double[] sharpBegin,
        double[] sharpEnd,
        double[] rho,
        double[] momentumBegin,
        double[] momentumEnd,
        double h0,
        double stepSize,
        ref double logSumWeight)
    {
        _hamiltonian.Leapfrog(z, stepSize);
        _leapfrogs++;
        var h = z.Energy;
        if (h - h0 > MaxEnergyError)
        {
            _divergent = true;
        }

        logSumWeight = LogSumExp(logSumWeight, h0 - h);
        _sumAcceptance += h0 - h > 0 ? 1.0 : Math.Exp(h0 - h);
        proposal.CopyFrom(z);
        var (p, m) = (z.Momentum, _hamiltonian.InverseMetric);
        for (var i = 0; i < p.Length; i++)
        {
            sharpBegin[i] = sharpEnd[i] = m[i] * p[i];
            momentumBegin[i] = momentumEnd[i] = p[i];
            rho[i] += p[i];
        }

        return !_divergent;
    }

    /// <summary>
    /// The generalized no-U-turn criterion on <c>rho = a + b</c>: <c>sharpMinus·rho &gt; 0</c> and
    /// <c>sharpPlus·rho &gt; 0</c>.
    /// </summary>
    private static bool NoUTurn(double[] sharpMinus, double[] sharpPlus, double[] a, double[] b)
    {
        var (minus, plus) = (0.0, 0.0);
        for (var i = 0; i < a.Length; i++)
        {
            var rho = a[i] + b[i];
            minus += sharpMinus[i] * rho;
            plus += sharpPlus[i] * rho;
        }

        return plus > 0 && minus > 0;
    }

    private static double LogSumExp(double a, double b)
    {
        if (a < b)
        {
            (a, b) = (b, a);
        }

        return double.IsNegativeInfinity(b) ? a : a + Math.Log(1.0 + Math.Exp(b - a));
    }
}
