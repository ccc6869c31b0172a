namespace Attribution.Api.Demo;

/// <summary>What the demo generator builds: the seed, the last day and the length of the history, and its volume.</summary>
public sealed record DemoOptions
{
    /// <summary>The shortest history the layout fits in (anomalies, the experiment's pre period, the test and the tail).</summary>
    public const int MinimumDays = 120;

    public long Seed { get; init; } = 42;

    /// <summary>The last day of data (the seeding command uses yesterday, UTC).</summary>
    public required DateOnly EndDate { get; init; }

    public int Days { get; init; } = 730;

    /// <summary>Roughly how many conversions the history holds (the daily volume is this over <see cref="Days"/>).</summary>
    public int TargetConversions { get; init; } = 100_000;

    /// <summary>Non-converting visitors per expected conversion.</summary>
    public double VisitorsPerConverter { get; init; } = 3.0;

    /// <summary>Mean order value.</summary>
    public double AverageOrderValue { get; init; } = 135.0;

    public string Currency { get; init; } = "USD";

    /// <summary>The relative revenue lift injected into the experiment's test states during the test.</summary>
    public double ExperimentLift { get; init; } = 0.20;

    public DateOnly StartDate => EndDate.AddDays(1 - Days);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Days, MinimumDays, nameof(Days));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Days, 3660, nameof(Days));
        ArgumentOutOfRangeException.ThrowIfLessThan(TargetConversions, Days, nameof(TargetConversions));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TargetConversions, 5_000_000, nameof(TargetConversions));
        ArgumentOutOfRangeException.ThrowIfNegative(VisitorsPerConverter, nameof(VisitorsPerConverter));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(VisitorsPerConverter, 20, nameof(VisitorsPerConverter));
        ArgumentOutOfRangeException.ThrowIfLessThan(AverageOrderValue, 1, nameof(AverageOrderValue));
        ArgumentOutOfRangeException.ThrowIfNegative(ExperimentLift, nameof(ExperimentLift));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ExperimentLift, 1, nameof(ExperimentLift));
        if (Currency is not { Length: 3 })
        {
            throw new ArgumentOutOfRangeException(nameof(Currency), Currency, "Currency must be a three-letter code.");
        }
    }
}
