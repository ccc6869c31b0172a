namespace Attribution.Api.Demo;

/// <summary>One order, as the <c>conversions</c> table holds it (revenue in cents precision).</summary>
public sealed record DemoConversion(
    string ExternalId,
    string CustomerId,
    string CustomerEmail,
    DateTimeOffset OccurredAt,
    decimal Revenue,
    string Currency,
    bool IsNewCustomer,
    string Region);
