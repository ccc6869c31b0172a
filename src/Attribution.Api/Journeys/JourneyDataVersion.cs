namespace Attribution.Api.Journeys;

/// <summary>
/// A cheap stamp of the data a model was fitted on (see <see cref="Sql.JourneySql.Version"/>): inserts raise the newest ids,
/// deletes and moves across the range change the counts. A model is reused while the stamp is unchanged.
/// </summary>
public readonly record struct JourneyDataVersion(long MaxTouchpointId, long RangeTouchpoints, long MaxConversionId, long RangeConversions);
