namespace Attribution.Analytics.Journeys;

/// <summary>A touch's credit under one model: its share of the conversion (0-1) and that share of the revenue.</summary>
public readonly record struct ModelCredit(double Share, double Revenue);
