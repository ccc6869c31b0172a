namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// A differentiable log density <c>log p(x)</c> (up to an additive constant) on unconstrained space, the target of
/// <see cref="NutsSampler"/>.
/// </summary>
public interface ILogDensity
{
    /// <summary>Number of unconstrained coordinates.</summary>
    int Dimension { get; }

    /// <summary>
    /// Log density (up to a constant) at <paramref name="position"/>; writes <c>d log p / d position</c> into
    /// <paramref name="gradient"/>. May return <see cref="double.NegativeInfinity"/> or <see cref="double.NaN"/> for
    /// invalid points: the sampler treats them as divergent and rejects them.
    /// </summary>
    double Evaluate(ReadOnlySpan<double> position, Span<double> gradient);
}
