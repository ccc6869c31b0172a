namespace Attribution.Api.Demo.Truth;

/// <summary>
/// The geo experiment's truth: during the test each order in a test state brought an extra, incremental order with
/// probability <c>injectedLiftPercent / 100</c>. <see cref="IncrementalRevenue"/> and <see cref="IncrementalConversions"/>
/// are those extra orders; <see cref="ExpectedIncrementalRevenue"/> is the lift times the test states' other revenue in the test.
/// The test budget is not in ad_spend_daily (booked outside the media plan); <see cref="TrueIroas"/> = incremental revenue / budget.
/// </summary>
public sealed record DemoExperimentTruth(
    Guid Id,
    string Name,
    string Platform,
    IReadOnlyList<string> TestRegions,
    DateOnly StartDate,
    DateOnly EndDate,
    int PreTestDays,
    double InjectedLiftPercent,
    double ExpectedIncrementalRevenue,
    double IncrementalRevenue,
    int IncrementalConversions,
    double BudgetEstimate,
    double TrueIroas);
