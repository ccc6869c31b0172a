namespace Attribution.Analytics.Journeys;

/// <summary>A distinct path (one occurrence at <c>[Start, Start + Length)</c> of the touch array) with its conversions and revenue.</summary>
internal readonly record struct PathTotals(int Start, int Length, int Conversions, double Revenue);
