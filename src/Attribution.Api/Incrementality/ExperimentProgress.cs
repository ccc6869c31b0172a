namespace Attribution.Api.Incrementality;

/// <summary>How far an experiment is through its test period: whole days elapsed (0 before the start, capped at the total) of the days from start to end inclusive.</summary>
public sealed record ExperimentProgress(int DaysElapsed, int DaysTotal)
{
    public static ExperimentProgress Of(DateOnly start, DateOnly end, DateOnly today)
    {
        var total = end.DayNumber - start.DayNumber + 1;
        return new ExperimentProgress(Math.Clamp(today.DayNumber - start.DayNumber, 0, total), total);
    }
}
