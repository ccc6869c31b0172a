using System.Text.Json.Serialization;

namespace Attribution.Api.Health;

/// <summary>Reachability of one dependency: <c>reachable</c> or <c>unreachable</c>, how long the probe took, and why it failed.</summary>
public sealed record DependencyStatus(string Status, double DurationMs, string? Error)
{
    [JsonIgnore]
    public bool Reachable => Status == "reachable";
}
