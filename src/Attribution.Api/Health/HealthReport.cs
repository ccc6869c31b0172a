namespace Attribution.Api.Health;

/// <summary>The body of <c>GET /api/health</c>: <c>healthy</c> only when every dependency is reachable.</summary>
public sealed record HealthReport(string Status, DateTimeOffset CheckedAt, DependencyStatus Database, DependencyStatus Storage);
