namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Scratch vectors of one recursion depth of the NUTS tree: the momenta and sharp momenta (<c>M^-1 p</c>) at the
/// inner ends of the two half-subtrees, their summed momenta, and the final half's proposal.
/// </summary>
internal sealed class TreeLevel(int dimension)
{
    public double[] InitEndMomentum { get; } = new double[dimension];

    public double[] InitEndSharp { get; } = new double[dimension];

    public double[] InitRho { get; } = new double[dimension];

    public double[] FinalBeginMomentum { get; } = new double[dimension];

    public double[] FinalBeginSharp { get; } = new double[dimension];

    public double[] FinalRho { get; } = new double[dimension];

    public PhasePoint FinalProposal { get; } = new(dimension);
}
