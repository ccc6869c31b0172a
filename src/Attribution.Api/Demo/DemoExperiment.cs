namespace Attribution.Api.Demo;

/// <summary>The completed geo experiment, as an <c>incrementality_experiments</c> row (empty controls: every other state is a donor).</summary>
public sealed record DemoExperiment(
    Guid Id,
    string Name,
    string Platform,
    IReadOnlyList<string> TestRegions,
    IReadOnlyList<string> ControlRegions,
    DateOnly StartDate,
    DateOnly EndDate,
    int PreTestDays,
    decimal BudgetEstimate,
    string Status);
