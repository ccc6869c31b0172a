using Attribution.Analytics.Journeys;

namespace Attribution.Api.Journeys;

/// <summary>A fitted model and the range counts read just before the fit read its paths.</summary>
public sealed record FittedJourneyModel(MarkovModel Model, JourneyRangeCounts Counts);
