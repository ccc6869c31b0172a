namespace Attribution.Api.Journeys;

/// <summary>
/// How many touchpoints and conversions a range's fit reads (index-only counts). Costlier than <see cref="JourneyDataVersion"/>
/// (tens of milliseconds over a few hundred thousand touchpoints), so a model's counts are re-read only now and then
/// (<see cref="JourneyModelCache.RecountInterval"/>): they catch what the ids miss, such as a batch that commits after a later
/// one, deletes, and rows moved in or out of the range.
/// </summary>
public readonly record struct JourneyRangeCounts(long Touchpoints, long Conversions);
