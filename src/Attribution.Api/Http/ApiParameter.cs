namespace Attribution.Api.Http;

/// <summary>A query-string parameter of a route, as documented in the OpenAPI document.</summary>
/// <param name="Name">The parameter name as sent on the wire.</param>
/// <param name="Type">JSON Schema type: string, integer, number or boolean.</param>
/// <param name="Description">One sentence for the reader of the API document.</param>
public sealed record ApiParameter(string Name, string Type, string Description)
{
    public bool Required { get; init; }

    public string? Format { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public string? Default { get; init; }
}
