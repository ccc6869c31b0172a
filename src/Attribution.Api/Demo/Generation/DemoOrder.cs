namespace Attribution.Api.Demo.Generation;

/// <summary>A generated order; <see cref="Recorded"/> is false when the tracking outage lost it (its touches before it remain).</summary>
internal sealed record DemoOrder(int Day, DateTimeOffset At, int Customer, bool IsNew, decimal Revenue, DemoOrderKind Kind, bool Recorded);
