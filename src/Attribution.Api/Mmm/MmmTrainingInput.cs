namespace Attribution.Api.Mmm;

/// <summary>The input of the training job / orchestration and of its prepare and finalize steps.</summary>
public sealed record MmmTrainingInput(Guid TenantId, Guid ModelId);
