using System.Text.Json;

namespace Attribution.Api.Incrementality;

/// <summary>An experiment as the routes return it (DESIGN.md section 3); design and results are null until computed.</summary>
public sealed record ExperimentView(
    Guid Id,
    string Name,
    string Platform,
    IReadOnlyList<string> TestRegions,
    IReadOnlyList<string> ControlRegions,
    DateOnly StartDate,
    DateOnly EndDate,
    int PreTestDays,
    double? BudgetEstimate,
    string Status,
    ExperimentProgress Progress,
    JsonElement? Design,
    JsonElement? Results,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
