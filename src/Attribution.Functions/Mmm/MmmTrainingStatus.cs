namespace Attribution.Functions.Mmm;

/// <summary>The MMM orchestration's custom status: chains finished of all, and a message (read by the jobs route).</summary>
public sealed record MmmTrainingStatus(int Completed, int Total, string Message);
