namespace Attribution.Api.Demo.Generation;

/// <summary>A platform's share of its channel's spend on the first and on the last day (linear in between).</summary>
public sealed record DemoPlatformMix(string Platform, double StartShare, double EndShare);
