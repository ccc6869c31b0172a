namespace Attribution.Analytics.Mmm;

/// <summary>
/// The summary of a fitted media mix model: fit metrics, convergence diagnostics, the baseline (the non-media part of
/// the mean, intercept + trend + seasonality + controls, summed over the window in target units), per-channel results,
/// per-parameter summaries, and review warnings (see <see cref="MmmWarnings"/>).
/// </summary>
public sealed record MmmFit(
    MmmModelFit ModelFit,
    MmmDiagnostics Diagnostics,
    MmmEstimate Baseline,
    IReadOnlyList<MmmChannelResult> Channels,
    IReadOnlyList<MmmParameterSummary> Parameters,
    IReadOnlyList<string> Warnings);
