using Attribution.Api.Demo.Generation;
using Attribution.Api.Http;

namespace Attribution.Api.Incrementality;

/// <summary>
/// The lifecycle rules on an experiment's fields (DESIGN.md section 3): a name of 1-200 characters; platform meta, google
/// or tiktok; test regions non-empty US state codes (the 50 states and DC, upper case), no repeats; control regions the
/// same but may be empty (every other state is a donor) and disjoint from the test regions; start before end; pre-test
/// days 7-365; a budget estimate, when given, finite and not negative. Every failure is a 400 naming the field.
/// </summary>
public static class ExperimentValidator
{
    public static IReadOnlyList<string> Platforms { get; } = ["meta", "google", "tiktok"];

    public static ExperimentFields Validate(ExperimentFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var name = fields.Name?.Trim() ?? "";
        Check(name.Length is >= 1 and <= 200, "name", "'name' must have 1 to 200 characters.");
        Check(Platforms.Contains(fields.Platform), "platform", $"'platform' must be one of {string.Join(", ", Platforms)}.");
        var test = Regions(fields.TestRegions, "testRegions");
        Check(test.Count > 0, "testRegions", "'testRegions' needs at least one state.");
        var control = Regions(fields.ControlRegions, "controlRegions");
        var shared = test.Intersect(control, StringComparer.Ordinal).ToList();
        Check(shared.Count == 0, "controlRegions", $"Test and control regions must be disjoint; both name {string.Join(", ", shared)}.");
        Check(fields.StartDate < fields.EndDate, "endDate", "'endDate' must be after 'startDate'.");
        Check(fields.PreTestDays is >= 7 and <= 365, "preTestDays", "'preTestDays' must be between 7 and 365.");
        Check(fields.BudgetEstimate is null || (fields.BudgetEstimate >= 0 && double.IsFinite(fields.BudgetEstimate.Value)),
            "budgetEstimate", "'budgetEstimate' must be a non-negative number.");
        return fields with { Name = name, TestRegions = test, ControlRegions = control };
    }

    private static List<string> Regions(IReadOnlyList<string>? regions, string field)
    {
        var list = (regions ?? []).ToList();
        if (list.FirstOrDefault(r => !UsStates.Codes.Contains(r)) is { } unknown)
        {
            throw new ApiValidationException(field, $"'{unknown}' is not a US state code (two upper-case letters, DC included).");
        }

        Check(list.Distinct(StringComparer.Ordinal).Count() == list.Count, field, $"'{field}' names a state twice.");
        return list;
    }

    private static void Check(bool valid, string field, string message)
    {
        if (!valid)
        {
            throw new ApiValidationException(field, message);
        }
    }
}
