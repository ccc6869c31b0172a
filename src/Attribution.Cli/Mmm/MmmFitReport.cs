using Attribution.Analytics.Mmm;

namespace Attribution.Cli.Mmm;

/// <summary>
/// The JSON of <c>mmm fit</c> (DESIGN.md section 8): diagnostics, fit, per-channel figures with 90% intervals, the
/// baseline and warnings, and the posterior response draws that <c>mmm optimize</c> reads.
/// </summary>
internal sealed record MmmFitReport(
    MmmDiagnostics Diagnostics,
    MmmModelFit Fit,
    IReadOnlyList<MmmChannelResult> Channels,
    MmmEstimate Baseline,
    IReadOnlyList<string> Warnings,
    MmmFitSettings Settings,
    MmmPosterior Posterior);
