using System.Globalization;
using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>
/// The pymc-marketing example (Fixtures/pymc_marketing_mmm_example.csv, from pymc-labs/pymc-marketing
/// <c>data/mmm_example.csv</c>, Apache-2.0): 179 weeks of <c>y</c>, spend <c>x1</c>, <c>x2</c> and controls
/// <c>event_1</c>, <c>event_2</c>. Its true figures come from the generating process published with it (see the shared
/// datasets README, section "MMM: pymc-marketing example").
/// </summary>
internal static class PymcExample
{
    public const double TrueRoiX1 = 4_968;
    public const double TrueRoiX2 = 2_275;
    public const double TrueMarginalRoiX1 = 3_540;
    public const double TrueMarginalRoiX2 = 1_311;

    public static MmmDataset Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Mmm", "Fixtures", "pymc_marketing_mmm_example.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        double Value(string[] row, string name) => double.Parse(row[Column(name)], CultureInfo.InvariantCulture);
        return new MmmDataset(
            rows.Select(r => DateOnly.ParseExact(r[Column("date_week")], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
            ["x1", "x2"],
            rows.Select(r => new[] { Value(r, "x1"), Value(r, "x2") }).ToArray(),
            rows.Select(r => Value(r, "y")).ToArray(),
            ["event_1", "event_2"],
            rows.Select(r => new[] { Value(r, "event_1"), Value(r, "event_2") }).ToArray(),
            MmmGranularity.Weekly);
    }
}
