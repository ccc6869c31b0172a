using System.Text.Json.Serialization;

namespace Attribution.Api.Tenancy.Auth;

/// <summary>One claim of an App Service client principal.</summary>
public sealed record AppServiceClaim(
    [property: JsonPropertyName("typ")] string? Type,
    [property: JsonPropertyName("val")] string? Value);
