using Attribution.Api.Demo.Truth;

namespace Attribution.Api.Demo.Generation;

/// <summary>
/// The shape of the non-media revenue before its level: <c>(1 + trend t / 365) * weekly[dow] * yearly(date) * event(date)</c>
/// (see <see cref="DemoBaselineTruth"/>). Outdoor retail: a late-spring/summer high, a winter low lifted by the holidays.
/// </summary>
internal static class DemoBaseline
{
    public const double TrendPerYear = 0.12;

    public static IReadOnlyList<double> WeeklyMondayFirst { get; } = Normalise([1.04, 1.02, 1.00, 0.98, 0.96, 0.97, 1.03]);

    public static IReadOnlyList<DemoFourierTerm> Yearly { get; } = [new(1, -0.10, 0.06), new(2, 0.05, -0.02)];

    public static double[] Shape(DemoLayout layout, IReadOnlyList<DemoEventTruth> events)
    {
        var shape = new double[layout.Days];
        for (var t = 0; t < shape.Length; t++)
        {
            var date = layout.Date(t);
            var theta = DemoCalendar.YearAngle(date);
            var yearly = 1.0;
            foreach (var term in Yearly)
            {
                yearly += (term.Cos * Math.Cos(term.Harmonic * theta)) + (term.Sin * Math.Sin(term.Harmonic * theta));
            }

            var multiplier = 1.0;
            foreach (var e in events)
            {
                if (date >= e.Start && date <= e.End)
                {
                    multiplier *= e.Multiplier;
                }
            }

            shape[t] = (1 + (TrendPerYear * t / 365)) * WeeklyMondayFirst[DemoCalendar.MondayFirst(date)] * yearly * multiplier;
        }

        return shape;
    }

    /// <summary>The retail events of every year the history touches, clipped to it.</summary>
    public static List<DemoEventTruth> Events(DemoLayout layout)
    {
        var first = layout.Start;
        var last = layout.Date(layout.Days - 1);
        var events = new List<DemoEventTruth>();
        for (var year = first.Year; year <= last.Year; year++)
        {
            var blackFriday = DemoCalendar.BlackFriday(year);
            var memorialDay = DemoCalendar.MemorialDay(year);
            DemoEventTruth[] candidates =
            [
                new("Memorial Day sale", memorialDay.AddDays(-3), memorialDay, 1.3),
                new("Independence Day", new DateOnly(year, 7, 4), new DateOnly(year, 7, 4), 0.9),
                new("Black Friday", blackFriday, blackFriday, 1.9),
                new("Black Friday weekend", blackFriday.AddDays(1), blackFriday.AddDays(2), 1.35),
                new("Cyber Monday", blackFriday.AddDays(3), blackFriday.AddDays(3), 1.7),
                new("Holiday shipping", new DateOnly(year, 12, 1), new DateOnly(year, 12, 18), 1.15),
                new("Christmas Eve", new DateOnly(year, 12, 24), new DateOnly(year, 12, 24), 0.8),
                new("Christmas Day", new DateOnly(year, 12, 25), new DateOnly(year, 12, 25), 0.55),
            ];
            events.AddRange(candidates
                .Where(e => e.End >= first && e.Start <= last)
                .Select(e => e with { Start = e.Start < first ? first : e.Start, End = e.End > last ? last : e.End }));
        }

        return events;
    }

    private static double[] Normalise(double[] values)
    {
        var mean = values.Average();
        return [.. values.Select(v => v / mean)];
    }
}
