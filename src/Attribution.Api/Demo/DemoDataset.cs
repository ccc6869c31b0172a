using Attribution.Api.Demo.Truth;

namespace Attribution.Api.Demo;

/// <summary>Everything the demo generator builds for one tenant, and the truth it was built from.</summary>
public sealed record DemoDataset(
    DemoOptions Options,
    IReadOnlyList<DemoTouchpoint> Touchpoints,
    IReadOnlyList<DemoConversion> Conversions,
    IReadOnlyList<DemoSpend> Spend,
    IReadOnlyList<DemoGeoKpi> GeoKpis,
    DemoExperiment Experiment,
    DemoTruth Truth);
