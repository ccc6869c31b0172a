namespace Attribution.Analytics.Mmm;

/// <summary>The period of an MMM dataset: one row per ISO week (consecutive dates 7 days apart) or per day.</summary>
public enum MmmGranularity
{
    Weekly,
    Daily,
}
