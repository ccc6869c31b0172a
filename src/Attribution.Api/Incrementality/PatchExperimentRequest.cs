namespace Attribution.Api.Incrementality;

/// <summary>
/// <c>PATCH /api/admin/attribution/incrementality/{id}</c>: the fields to change (absent = unchanged) and/or a new status.
/// Field edits only in draft (else 409); status changes follow <see cref="ExperimentStatuses"/> (else 409).
/// </summary>
public sealed record PatchExperimentRequest(
    string? Name = null,
    string? Platform = null,
    IReadOnlyList<string>? TestRegions = null,
    IReadOnlyList<string>? ControlRegions = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    int? PreTestDays = null,
    double? BudgetEstimate = null,
    string? Status = null)
{
    public bool EditsFields => Name is not null || Platform is not null || TestRegions is not null || ControlRegions is not null
        || StartDate is not null || EndDate is not null || PreTestDays is not null || BudgetEstimate is not null;
}
