namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// A point of phase space: position <c>q</c>, momentum <c>p</c>, the gradient of <c>log p(q)</c>, the log density and
/// the Hamiltonian <c>H = -log p(q) + p^T M^-1 p / 2</c>. Preallocated once per chain and copied in place.
/// </summary>
internal sealed class PhasePoint(int dimension)
{
    public double[] Position { get; } = new double[dimension];

    public double[] Momentum { get; } = new double[dimension];

    public double[] Gradient { get; } = new double[dimension];

    public double LogDensity { get; set; }

    public double Energy { get; set; }

    public void CopyFrom(PhasePoint other)
    {
        other.Position.AsSpan().CopyTo(Position);
        other.Momentum.AsSpan().CopyTo(Momentum);
        other.Gradient.AsSpan().CopyTo(Gradient);
        LogDensity = other.LogDensity;
        Energy = other.Energy;
    }
}
