namespace Attribution.Api.Demo.Truth;

/// <summary>A retail event multiplying the baseline on every day from <see cref="Start"/> to <see cref="End"/> (inclusive).</summary>
public sealed record DemoEventTruth(string Name, DateOnly Start, DateOnly End, double Multiplier);
