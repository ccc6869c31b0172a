namespace Attribution.Api.Demo.Seeding;

/// <summary>How many rows seeding wrote to each table.</summary>
public sealed record DemoRowCounts(int Touchpoints, int Conversions, int Spend, int GeoKpis, int Experiments, int Truth)
{
    public int Total => Touchpoints + Conversions + Spend + GeoKpis + Experiments + Truth;
}
