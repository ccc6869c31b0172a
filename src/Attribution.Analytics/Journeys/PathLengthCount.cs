namespace Attribution.Analytics.Journeys;

/// <summary>How many conversions had a path of <paramref name="Touchpoints"/> touches.</summary>
public sealed record PathLengthCount(int Touchpoints, int Conversions);
