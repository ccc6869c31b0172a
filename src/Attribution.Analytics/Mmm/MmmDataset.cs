namespace Attribution.Analytics.Mmm;

/// <summary>
/// The input of a media mix model: one row per period (<paramref name="Periods"/>, consecutive weeks or days), the
/// spend of each channel (<paramref name="Spend"/>[t][c], in currency or any non-negative unit), the target
/// (<paramref name="Target"/>[t], e.g. revenue or conversions) and optional control variables
/// (<paramref name="Controls"/>[t][j], e.g. events or prices; an empty array, or empty rows, when there are none).
/// Checked by <see cref="MmmDatasetValidator"/>.
/// </summary>
public sealed record MmmDataset(
    IReadOnlyList<DateOnly> Periods,
    IReadOnlyList<string> Channels,
    double[][] Spend,
    double[] Target,
    IReadOnlyList<string> ControlNames,
    double[][] Controls,
    MmmGranularity Granularity);
