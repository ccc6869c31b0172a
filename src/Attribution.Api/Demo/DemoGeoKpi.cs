namespace Attribution.Api.Demo;

/// <summary>One day of one region, as <c>geo_kpi_daily</c> holds it: the sums of that day's recorded conversions there.</summary>
public sealed record DemoGeoKpi(DateOnly Date, string Region, decimal Revenue, int Conversions);
