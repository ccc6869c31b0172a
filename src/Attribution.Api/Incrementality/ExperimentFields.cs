namespace Attribution.Api.Incrementality;

/// <summary>The editable fields of an experiment, validated (<see cref="ExperimentValidator"/>).</summary>
public sealed record ExperimentFields(
    string Name,
    string Platform,
    IReadOnlyList<string> TestRegions,
    IReadOnlyList<string> ControlRegions,
    DateOnly StartDate,
    DateOnly EndDate,
    int PreTestDays,
    double? BudgetEstimate);
