namespace Attribution.Api.Http;

/// <summary>A documented success response of a route. Error responses are added by the document builder.</summary>
public sealed record ApiResponse(int Status, string Description, Type? Body = null);
