using Attribution.Api.Jobs;

namespace Attribution.Api.Tests.Jobs;

/// <summary>A job row for assertions; <c>LeaseSecondsLeft</c> and <c>DueInSeconds</c> are relative to the database clock.</summary>
internal sealed record JobRow(
    string Status,
    int Attempts,
    string? LeaseOwner,
    double? LeaseSecondsLeft,
    double DueInSeconds,
    string? Error,
    bool Started,
    bool Completed,
    JobProgress Progress,
    string? Result,
    string? ResultUri);
