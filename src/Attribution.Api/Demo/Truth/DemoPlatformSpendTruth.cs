namespace Attribution.Api.Demo.Truth;

/// <summary>A platform's total spend within its channel.</summary>
public sealed record DemoPlatformSpendTruth(string Platform, double Spend);
