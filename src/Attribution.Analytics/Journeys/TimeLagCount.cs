namespace Attribution.Analytics.Journeys;

/// <summary>
/// How many conversions had a time from first touch to conversion in <paramref name="Bucket"/>. The buckets (lower
/// bound inclusive, upper exclusive) are <c>0-1d, 1-2d, 2-3d, 3-4d, 4-5d, 5-6d, 6-7d, 7-14d, 14-21d, 21-30d, 30-60d,
/// 60-90d, 90d+</c>; all are listed, empty ones with 0.
/// </summary>
public sealed record TimeLagCount(string Bucket, int Conversions);
