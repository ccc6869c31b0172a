namespace Attribution.Api.Ingestion.Rows;

/// <summary>A conversion (order) to ingest. Natural key: <see cref="ExternalId"/>, the order id.</summary>
/// <param name="ExternalId">The order id (at most 256 characters).</param>
/// <param name="CustomerId">Your id of the customer.</param>
/// <param name="OccurredAt">When the order was placed: ISO 8601 with an offset.</param>
/// <param name="Revenue">Order revenue, at least 0 (rounded to cents).</param>
/// <param name="Currency">ISO 4217 code, three upper-case letters (e.g. USD).</param>
/// <param name="IsNewCustomer">True for a customer's first order.</param>
/// <param name="CustomerEmail">The customer's email, for search.</param>
/// <param name="Region">US state code or DC; conversions with a region feed derived geo KPIs.</param>
public sealed record ConversionRow(
    string ExternalId,
    string CustomerId,
    DateTimeOffset OccurredAt,
    decimal Revenue,
    string Currency,
    bool IsNewCustomer,
    string? CustomerEmail = null,
    string? Region = null);
