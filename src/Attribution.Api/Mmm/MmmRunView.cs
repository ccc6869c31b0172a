namespace Attribution.Api.Mmm;

/// <summary>One recent run of the tenant, as the model route lists them.</summary>
public sealed record MmmRunView(Guid Id, string Status, double Progress, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, Guid? JobId, string? Error);
