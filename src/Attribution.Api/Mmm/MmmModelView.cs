using Attribution.Analytics.Mmm;
using Npgsql;

namespace Attribution.Api.Mmm;

/// <summary>
/// <c>GET /api/admin/attribution/mmm</c>: a model run and its outcome (DESIGN.md section 3) plus the tenant's recent runs.
/// Fit, diagnostics and results are null until the run completes; every uncertain figure is <c>{mean, lower, upper}</c>
/// (90% credible interval).
/// </summary>
public sealed record MmmModelView(
    Guid Id,
    string Status,
    double Progress,
    IReadOnlyList<string> Channels,
    string Granularity,
    DateOnly DateRangeStart,
    DateOnly DateRangeEnd,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    Guid? JobId,
    MmmRunConfig? Config,
    MmmModelFit? ModelFit,
    MmmDiagnostics? Diagnostics,
    MmmResults? Results,
    IReadOnlyList<string> Warnings,
    string? Error)
{
    public IReadOnlyList<MmmRunView> RecentRuns { get; init; } = [];

    internal static MmmModelView Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.GetDouble(2),
        reader.GetFieldValue<string[]>(3),
        reader.GetString(4),
        reader.GetFieldValue<DateOnly>(5),
        reader.GetFieldValue<DateOnly>(6),
        reader.GetFieldValue<DateTimeOffset>(7),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
        reader.IsDBNull(9) ? null : reader.GetGuid(9),
        MmmModelStore.Json<MmmRunConfig>(reader, 15),
        MmmModelStore.Json<MmmModelFit>(reader, 10),
        MmmModelStore.Json<MmmDiagnostics>(reader, 11),
        MmmModelStore.Json<MmmResults>(reader, 12),
        MmmModelStore.Json<string[]>(reader, 13) ?? [],
        reader.IsDBNull(14) ? null : reader.GetString(14));
}
