namespace Attribution.Analytics.Journeys;

/// <summary>Conversions and revenue credited to a channel under one model (sums of its touches' shares and revenue credits).</summary>
public readonly record struct CreditTotals(double Conversions, double Revenue);
