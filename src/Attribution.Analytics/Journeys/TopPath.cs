namespace Attribution.Analytics.Journeys;

/// <summary>
/// A converting path (the touches' channels in order, repeats kept; empty for a journey without touches), its
/// conversions, revenue and share of all conversions.
/// </summary>
public sealed record TopPath(IReadOnlyList<string> Path, int Conversions, double Revenue, double Share);
