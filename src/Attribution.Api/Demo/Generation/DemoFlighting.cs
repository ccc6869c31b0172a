namespace Attribution.Api.Demo.Generation;

/// <summary>How a paid channel's budget is scheduled over time.</summary>
public enum DemoFlighting
{
    /// <summary>Always on at the base level.</summary>
    AlwaysOn,

    /// <summary>Always on slightly below base, with 10-16 day pushes at 1.6x every 45-75 days.</summary>
    Bursts,

    /// <summary>Flights of 21-42 days at 1.35x alternating with 10-24 day dark periods at 0.3x.</summary>
    Flights,
}
