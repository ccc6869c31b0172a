namespace Attribution.Api.Mmm;

/// <summary>The input of the step that marks a run failed (the orchestration's last resort).</summary>
public sealed record MmmFailure(Guid TenantId, Guid ModelId, string Error);
