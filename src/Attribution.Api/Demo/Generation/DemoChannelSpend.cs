namespace Attribution.Api.Demo.Generation;

/// <summary>
/// A paid channel's generated spend: per platform, and the channel's daily total (the sum of the rounded platform rows,
/// the series its response is computed from). <see cref="Planned"/> is the total without the injected budget cut.
/// </summary>
internal sealed record DemoChannelSpend(DemoMediaChannel Channel, IReadOnlyList<DemoPlatformSpend> Platforms, double[] Total, double[] Planned);
