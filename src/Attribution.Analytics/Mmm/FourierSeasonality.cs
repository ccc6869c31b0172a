namespace Attribution.Analytics.Mmm;

/// <summary>
/// Fourier seasonality terms on the calendar: for a period P (in days) and harmonic h = 1..H, the pair
/// <c>sin(2 pi h d / P)</c>, <c>cos(2 pi h d / P)</c> with d the date's day number, so the phase does not depend on where
/// the data starts. Weekly data: the yearly period 365.25 days with 2 harmonics; daily data: the weekly period 7 days
/// with 3 harmonics plus the yearly period with 2.
/// </summary>
/// <remarks>
/// Harvey and Shephard (1993), "Structural time series models"; Taylor and Letham (2018), "Forecasting at scale"
/// (Prophet), section 3.2, which uses the same yearly (N = 10 there) and weekly (N = 3) Fourier series.
/// </remarks>
public static class FourierSeasonality
{
    /// <summary>700 years: a whole number of both periods (7 and 365.25 days), so reducing day numbers by it keeps every phase.</summary>
    private const int CommonCycleDays = 255_675;

    /// <summary>The (period in days, harmonics) pairs used for <paramref name="granularity"/>.</summary>
    public static IReadOnlyList<(double PeriodDays, int Harmonics)> Components(MmmGranularity granularity) =>
        granularity == MmmGranularity.Daily ? [(7, 3), (365.25, 2)] : [(365.25, 2)];

    /// <summary>The term names, e.g. <c>sin 365.25d h1</c>, in basis order.</summary>
    public static IReadOnlyList<string> Names(MmmGranularity granularity)
    {
        var names = new List<string>();
        foreach (var (period, harmonics) in Components(granularity))
        {
            for (var h = 1; h <= harmonics; h++)
            {
                names.Add(FormattableString.Invariant($"sin {period}d h{h}"));
                names.Add(FormattableString.Invariant($"cos {period}d h{h}"));
            }
        }

        return names;
    }

    /// <summary>The basis, term-major: <c>basis[i * periods.Count + t]</c> is term i at period t.</summary>
    public static double[] Basis(IReadOnlyList<DateOnly> periods, MmmGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var count = periods.Count;
        var basis = new double[Names(granularity).Count * count];
        var term = 0;
        foreach (var (period, harmonics) in Components(granularity))
        {
            for (var h = 1; h <= harmonics; h++, term += 2)
            {
                for (var t = 0; t < count; t++)
                {
                    var angle = 2 * Math.PI * h * (periods[t].DayNumber % CommonCycleDays) / period;
                    basis[(term * count) + t] = Math.Sin(angle);
                    basis[((term + 1) * count) + t] = Math.Cos(angle);
                }
            }
        }

        return basis;
    }
}
