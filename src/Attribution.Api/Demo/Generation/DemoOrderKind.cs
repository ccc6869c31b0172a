namespace Attribution.Api.Demo.Generation;

/// <summary>Why an order exists: the revenue model, the experiment's injected lift, or the email spike.</summary>
internal enum DemoOrderKind
{
    Regular,
    Incremental,
    Spike,
}
