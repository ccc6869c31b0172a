using Attribution.Analytics.Mmm;
using Attribution.Api.Http;

namespace Attribution.Api.Mmm;

/// <summary>
/// The periods of a requested range: every day for daily models; for weekly models the whole Monday-Sunday weeks inside
/// the range (a partial first or last week would look like a drop in spend and revenue, so it is left out).
/// </summary>
public static class MmmPeriods
{
    public static IReadOnlyList<DateOnly> Of(DateOnly start, DateOnly end, MmmGranularity granularity)
    {
        if (granularity == MmmGranularity.Daily)
        {
            return [.. Enumerable.Range(0, end.DayNumber - start.DayNumber + 1).Select(start.AddDays)];
        }

        var monday = start.AddDays(((int)DayOfWeek.Monday - (int)start.DayOfWeek + 7) % 7);
        var weeks = (end.DayNumber - monday.DayNumber + 1) / 7;
        return [.. Enumerable.Range(0, Math.Max(0, weeks)).Select(w => monday.AddDays(7 * w))];
    }

    /// <summary>The index of the period holding <paramref name="day"/>, or -1 outside them.</summary>
    public static int IndexOf(IReadOnlyList<DateOnly> periods, DateOnly day, MmmGranularity granularity)
    {
        if (periods.Count == 0)
        {
            return -1;
        }

        var offset = day.DayNumber - periods[0].DayNumber;
        var index = granularity == MmmGranularity.Daily ? offset : offset < 0 ? -1 : offset / 7;
        return index >= 0 && index < periods.Count ? index : -1;
    }

    /// <summary>The last day the periods cover.</summary>
    public static DateOnly LastDay(IReadOnlyList<DateOnly> periods, MmmGranularity granularity) =>
        periods.Count == 0
            ? throw new ApiValidationException("dateRangeStart", "The range holds no whole period.")
            : periods[^1].AddDays(granularity == MmmGranularity.Daily ? 0 : 6);
}
