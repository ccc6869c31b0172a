namespace Attribution.Api.Mmm;

/// <summary>The finalize step's summary: stored with the job; the model itself is read through the MMM route.</summary>
public sealed record MmmTrainingResult(Guid ModelId, double MaxRhat, double MinEss, int Divergences, bool Converged, int Warnings);
