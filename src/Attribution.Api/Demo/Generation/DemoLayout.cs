namespace Attribution.Api.Demo.Generation;

/// <summary>
/// Where things happen in the history (day indexes from 0 = <see cref="Start"/>): a warm-up, then a zone holding the
/// three anomalies (a 2-day tracking outage at 20% of it, a 1-day email spike at 45%, a 10-day paid-search budget cut
/// at 65%), then the experiment's pre period, the 28-day test, and 14 quiet days to the end.
/// </summary>
internal sealed record DemoLayout(
    DateOnly Start,
    int Days,
    int ExperimentStart,
    int ExperimentEnd,
    int PreTestDays,
    int OutageStart,
    int SpikeDay,
    int DropStart)
{
    public const int TestDays = 28;
    public const int TailDays = 14;
    public const int OutageDays = 2;
    public const int DropDays = 10;

    /// <summary>The paid-search budget during the cut, relative to plan.</summary>
    public const double DropFactor = 0.4;

    /// <summary>The share of orders and touches still tracked during the outage.</summary>
    public const double OutageKeep = 0.03;

    /// <summary>The spike day's extra email orders, relative to the day's expected orders.</summary>
    public const double SpikeRatio = 1.0;

    public int OutageEnd => OutageStart + OutageDays - 1;

    public int DropEnd => DropStart + DropDays - 1;

    public DateOnly Date(int day) => Start.AddDays(day);

    public bool IsOutage(int day) => day >= OutageStart && day <= OutageEnd;

    public bool IsDrop(int day) => day >= DropStart && day <= DropEnd;

    public bool IsExperiment(int day) => day >= ExperimentStart && day <= ExperimentEnd;

    public static DemoLayout For(DemoOptions options)
    {
        var days = options.Days;
        var warm = Math.Min(28, days / 10);
        var experimentEnd = days - 1 - TailDays;
        var experimentStart = experimentEnd - TestDays + 1;
        var preTestDays = Math.Min(112, experimentStart - warm - 30);
        var zone = experimentStart - preTestDays - warm;
        return new DemoLayout(
            options.StartDate,
            days,
            experimentStart,
            experimentEnd,
            preTestDays,
            warm + (int)(0.20 * zone),
            warm + (int)(0.45 * zone),
            warm + (int)(0.65 * zone));
    }
}
