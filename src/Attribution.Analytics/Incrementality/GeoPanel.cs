namespace Attribution.Analytics.Incrementality;

/// <summary>
/// A balanced geo panel: <c>Series[i][t]</c> is the KPI of <c>Locations[i]</c> in period <c>t</c> (every series has the
/// same length, periods in time order).
/// </summary>
public sealed record GeoPanel(IReadOnlyList<string> Locations, IReadOnlyList<IReadOnlyList<double>> Series)
{
    public int PeriodCount => Series.Count == 0 ? 0 : Series[0].Count;
}
