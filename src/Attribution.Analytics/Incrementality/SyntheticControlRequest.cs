namespace Attribution.Analytics.Incrementality;

/// <summary>
/// A geo test to analyse: the panel, the treated locations, and the treatment window as zero-based period indices
/// (inclusive). Periods before <paramref name="TreatmentStart"/> are the pre period; periods after
/// <paramref name="TreatmentEnd"/> are ignored. Every location not in <paramref name="TestLocations"/> is a donor.
/// </summary>
public sealed record SyntheticControlRequest(
    GeoPanel Panel,
    IReadOnlyList<string> TestLocations,
    int TreatmentStart,
    int TreatmentEnd);
