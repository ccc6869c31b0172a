namespace Attribution.Api.Journeys;

/// <summary>A conversion and its touches as read from the database, before any crediting.</summary>
public sealed record StoredJourney(
    long Id,
    string OrderId,
    string CustomerId,
    string CustomerEmail,
    DateTimeOffset ConvertedAt,
    decimal Revenue,
    string Currency,
    bool IsNewCustomer,
    IReadOnlyList<StoredTouch> Touches);
