namespace Attribution.Api.Jobs;

/// <summary>How far a job is: <paramref name="Completed"/> of <paramref name="Total"/> units, and what it is doing.</summary>
public sealed record JobProgress(int Completed, int Total, string Message);
