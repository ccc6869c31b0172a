using System.Globalization;
using Attribution.Analytics.Incrementality;

namespace Attribution.Analytics.Tests.Incrementality;

/// <summary>
/// The GeoLift walkthrough test (Fixtures/geolift_test.csv from facebookincubator/GeoLift, MIT): chicago and portland
/// treated on days 91-105 (zero-based periods 90-104).
/// </summary>
internal static class GeoLiftWalkthrough
{
    private static readonly Lazy<GeoPanel> Cached = new(Load);

    public static GeoPanel Panel => Cached.Value;

    public static SyntheticControlRequest Request => new(Panel, ["chicago", "portland"], 90, 104);

    private static GeoPanel Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Incrementality", "Fixtures", "geolift_test.csv");
        var rows = File.ReadLines(path).Skip(1).Select(line => line.Split(','))
            .Select(f => (Location: f[0], Y: double.Parse(f[1], CultureInfo.InvariantCulture), Date: f[2]))
            .ToArray();
        var locations = rows.Select(r => r.Location).Distinct().Order(StringComparer.Ordinal).ToArray();
        var series = locations
            .Select(l => (IReadOnlyList<double>)rows.Where(r => r.Location == l).OrderBy(r => r.Date, StringComparer.Ordinal)
                .Select(r => r.Y).ToArray())
            .ToArray();
        return new GeoPanel(locations, series);
    }
}
