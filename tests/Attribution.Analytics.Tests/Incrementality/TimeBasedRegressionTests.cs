using System.Globalization;
using Attribution.Analytics.Incrementality;

namespace Attribution.Analytics.Tests.Incrementality;

/// <summary>
/// TBR on google/matched_markets salesandcost (Fixtures, Apache-2.0): pre 2015-01-05..02-15, test 02-16..03-15, group 2
/// treated. Oracle: the R reference values in matched_markets tests/test_tbr_iroas.py (fixed cost): iROAS 2.946742,
/// incremental response 147,337.122, cost 50,000, one-sided 90% lower bound 2.826194, relative lift 0.173998.
/// </summary>
public sealed class TimeBasedRegressionTests
{
    private static readonly TbrResult Result = TimeBasedRegression.Analyze(LoadRequest());

    [Fact]
    public void Analyze_MatchedMarkets_MatchesRReference()
    {
        Assert.Equal(2.946742, Result.Iroas, 1e-5); // tolerance 1e-5
        Assert.Equal(147337.12, Result.IncrementalResponse, 0.1); // tolerance 0.1
        Assert.Equal(50000, Result.IncrementalCost, 1e-6);
        Assert.Equal(2.826194, Result.OneSidedLower, 1e-5); // tolerance 1e-5
        Assert.Equal(0.173998, Result.RelativeLift, 5e-5); // tolerance 5e-5: R value is a simulation median, checked to 1e-4 upstream
    }

    [Fact]
    public void Analyze_MatchedMarkets_TwoSidedIntervalIsExactT()
    {
        // The published two-sided R values [2.79135, 3.102936] come from matched_markets' *simulated* variable-cost
        // scenario (10,000 draws, estimate 2.947012, checked there only to 1e-2), so they are not reproducible to 1e-4.
        // Oracle here: the exact t(40) interval, scipy stats.t.ppf(0.05/0.95, 40) -> [2.790969, 3.102516] (1e-5),
        // which lies within 5e-4 of the published simulated interval.
        Assert.Equal(2.790969, Result.TwoSidedLower, 1e-5);
        Assert.Equal(3.102516, Result.TwoSidedUpper, 1e-5);
        Assert.Equal(2.79135, Result.TwoSidedLower, 5e-4);
        Assert.Equal(3.102936, Result.TwoSidedUpper, 5e-4);
    }

    private static TbrRequest LoadRequest()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Incrementality", "Fixtures");
        var groups = File.ReadLines(Path.Combine(dir, "matched_markets_geoassignment.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(f => f[0].Trim('"'), f => int.Parse(f[1], CultureInfo.InvariantCulture));
        var rows = File.ReadLines(Path.Combine(dir, "matched_markets_salesandcost.csv")).Skip(1).Select(l => l.Split(','))
            .Select(f => (Date: f[0], Group: groups[f[1].Trim('"')], Sales: Parse(f[2]), Cost: Parse(f[3])))
            .Where(r => string.CompareOrdinal(r.Date, "2015-01-05") >= 0 && string.CompareOrdinal(r.Date, "2015-03-15") <= 0)
            .ToArray();
        var dates = rows.Select(r => r.Date).Distinct().Order(StringComparer.Ordinal).ToArray();
        double[] Total(int group) => dates.Select(d => rows.Where(r => r.Date == d && r.Group == group).Sum(r => r.Sales)).ToArray();
        var pre = dates.Count(d => string.CompareOrdinal(d, "2015-02-15") <= 0);
        var cost = rows.Where(r => r.Group == 2 && string.CompareOrdinal(r.Date, "2015-02-16") >= 0).Sum(r => r.Cost);
        return new TbrRequest(Total(1), Total(2), pre, cost);
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
