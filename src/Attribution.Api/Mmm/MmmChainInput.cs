namespace Attribution.Api.Mmm;

/// <summary>The input of one chain's sampling step (0-based chain).</summary>
public sealed record MmmChainInput(Guid TenantId, Guid ModelId, int Chain);
