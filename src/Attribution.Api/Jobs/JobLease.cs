using System.Text.Json;

namespace Attribution.Api.Jobs;

/// <summary>A job claimed by a runner: <paramref name="Owner"/> is the lease token every later write is fenced on.</summary>
public sealed record JobLease(Guid JobId, Guid TenantId, string Kind, JsonElement Input, int Attempt, int MaxAttempts, string Owner);
