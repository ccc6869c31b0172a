namespace Attribution.Api.Ingestion.Rows;

/// <summary>A day of KPIs of one region to ingest. Natural key: (date, region).</summary>
/// <param name="Date">The day, yyyy-MM-dd.</param>
/// <param name="Region">US state code or DC.</param>
/// <param name="Revenue">Revenue, at least 0 (rounded to cents).</param>
/// <param name="Conversions">Whole number of conversions, at least 0.</param>
public sealed record GeoKpiRow(DateOnly Date, string Region, decimal Revenue, int Conversions);
