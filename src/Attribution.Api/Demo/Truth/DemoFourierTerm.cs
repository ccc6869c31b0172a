namespace Attribution.Api.Demo.Truth;

/// <summary>One harmonic of the yearly seasonality: <c>cos * cos(k theta) + sin * sin(k theta)</c>.</summary>
public sealed record DemoFourierTerm(int Harmonic, double Cos, double Sin);
