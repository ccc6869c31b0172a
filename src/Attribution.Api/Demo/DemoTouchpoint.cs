namespace Attribution.Api.Demo;

/// <summary>One marketing touch, as the <c>touchpoints</c> table holds it.</summary>
public readonly record struct DemoTouchpoint(
    string ExternalId,
    string CustomerId,
    DateTimeOffset OccurredAt,
    string Channel,
    string Source,
    string Medium,
    string Campaign,
    string Platform,
    string Region);
