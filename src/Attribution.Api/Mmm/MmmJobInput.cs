namespace Attribution.Api.Mmm;

/// <summary>The stored input of an <see cref="MmmTrainingJob"/> (the job row carries the tenant).</summary>
public sealed record MmmJobInput(Guid ModelId);
