namespace Attribution.Api.Demo.Truth;

/// <summary>What the data holds in total (recorded conversions only).</summary>
public sealed record DemoObservedTotals(
    int Conversions,
    double Revenue,
    int NewCustomerConversions,
    int ReturningCustomerConversions,
    int Customers,
    int Visitors,
    int Touchpoints,
    double Spend);
