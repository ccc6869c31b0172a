using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Http;

/// <summary>The <c>{id}</c> of an item route: the route value, or (where a host does not fill route values) the last path segment.</summary>
public static class RouteIds
{
    public static string? Text(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RouteValues.TryGetValue("id", out var value) && value is string routeValue
            ? routeValue
            : request.Path.Value?.TrimEnd('/').Split('/')[^1];
    }

    /// <summary>The id as a UUID; anything else is a 400 naming <c>id</c> with <paramref name="message"/>.</summary>
    public static Guid Guid(HttpRequest request, string message) =>
        System.Guid.TryParse(Text(request), out var id) ? id : throw new ApiValidationException("id", message);
}
