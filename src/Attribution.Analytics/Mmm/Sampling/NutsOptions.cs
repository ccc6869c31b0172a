namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// Settings of one NUTS chain: <paramref name="Warmup"/> adaptation iterations (0 or more; discarded),
/// <paramref name="Draws"/> kept iterations (at least 1), the dual-averaging <paramref name="TargetAcceptance"/>
/// (strictly between 0 and 1), <paramref name="MaxTreeDepth"/> (1 to 20, so at most <c>2^depth - 1</c> leapfrog
/// steps per iteration) and the <paramref name="InitialStepSize"/> (positive, finite) the step-size search starts
/// from. Out-of-range values throw <see cref="ArgumentOutOfRangeException"/>, also through <c>with</c>.
/// </summary>
public sealed record NutsOptions(
    int Warmup = 1000,
    int Draws = 1000,
    double TargetAcceptance = 0.8,
    int MaxTreeDepth = 10,
    double InitialStepSize = 0.1)
{
    public int Warmup { get; init => field = CheckWarmup(value); } = CheckWarmup(Warmup);

    public int Draws { get; init => field = CheckDraws(value); } = CheckDraws(Draws);

    public double TargetAcceptance { get; init => field = CheckTarget(value); } = CheckTarget(TargetAcceptance);

    public int MaxTreeDepth { get; init => field = CheckDepth(value); } = CheckDepth(MaxTreeDepth);

    public double InitialStepSize { get; init => field = CheckStep(value); } = CheckStep(InitialStepSize);

    private static int CheckWarmup(int value) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Warmup), value, "Warm-up must be 0 or more.");

    private static int CheckDraws(int value) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Draws), value, "Draws must be at least 1.");

    private static double CheckTarget(double value) =>
        value is > 0 and < 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TargetAcceptance), value, "Target acceptance must be in (0, 1).");

    private static int CheckDepth(int value) =>
        value is >= 1 and <= 20
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxTreeDepth), value, "Max tree depth must be in [1, 20].");

    private static double CheckStep(double value) =>
        value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(InitialStepSize), value, "Initial step size must be positive and finite.");
}
