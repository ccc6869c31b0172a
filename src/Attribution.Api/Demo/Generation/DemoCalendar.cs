namespace Attribution.Api.Demo.Generation;

/// <summary>US retail dates the demo's seasonality uses.</summary>
internal static class DemoCalendar
{
    /// <summary>The day after the fourth Thursday of November.</summary>
    public static DateOnly BlackFriday(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var firstThursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        return firstThursday.AddDays(22);
    }

    /// <summary>The last Monday of May.</summary>
    public static DateOnly MemorialDay(int year)
    {
        var last = new DateOnly(year, 5, 31);
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    /// <summary>Monday = 0 ... Sunday = 6.</summary>
    public static int MondayFirst(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    /// <summary>The angle of the date in its year, <c>2 pi (dayOfYear - 1) / 365.25</c>.</summary>
    public static double YearAngle(DateOnly date) => 2 * Math.PI * (date.DayOfYear - 1) / 365.25;

    /// <summary>True from the Monday before Black Friday through Cyber Monday.</summary>
    public static bool IsHolidayPush(DateOnly date)
    {
        var blackFriday = BlackFriday(date.Year);
        return date >= blackFriday.AddDays(-4) && date <= blackFriday.AddDays(3);
    }
}
