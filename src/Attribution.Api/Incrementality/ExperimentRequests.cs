namespace Attribution.Api.Incrementality;

/// <summary><c>POST /api/admin/attribution/incrementality</c>: a new experiment (a draft).</summary>
public sealed record CreateExperimentRequest(
    string Name,
    string Platform,
    IReadOnlyList<string> TestRegions,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<string>? ControlRegions = null,
    int? PreTestDays = null,
    double? BudgetEstimate = null);
