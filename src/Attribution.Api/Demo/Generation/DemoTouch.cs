namespace Attribution.Api.Demo.Generation;

/// <summary>A generated touch before it is ordered in time and given its external id.</summary>
internal readonly record struct DemoTouch(DateTimeOffset At, string CustomerId, string Channel, string Source, string Medium, string Campaign, string Platform, string Region);
