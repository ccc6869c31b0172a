using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Http;

/// <summary>Reads a JSON request body; any defect becomes a 400 naming the field (its JSON path).</summary>
public static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request)
    {
        if (request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiValidationException("body", $"Expected a JSON body, got content type '{contentType}'.");
        }

        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync<T>(request.Body, ApiJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException error)
        {
            var (field, message) = Explain(error);
            throw new ApiValidationException(field, message);
        }

        return value ?? throw new ApiValidationException("body", "A JSON body is required.");
    }

    /// <summary>The failing field (JSON path without <c>$.</c>) and a message that names no .NET type.</summary>
    internal static (string Field, string Message) Explain(JsonException error)
    {
        var message = error.Message;
        const string Missing = "missing required properties including:";
        var missingAt = message.IndexOf(Missing, StringComparison.Ordinal);
        if (missingAt >= 0)
        {
            var field = Quoted(message[(missingAt + Missing.Length)..]) ?? "body";
            return (Prefixed(error.Path, field), $"'{field}' is required.");
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var field = Quoted(message) ?? "body";
            return (Prefixed(error.Path, field), $"'{field}' is not a known field.");
        }

        var path = Prefixed(error.Path, null);
        return path == "body"
            ? ("body", "The body is not valid JSON.")
            : (path, $"'{path}' has an invalid value for its type.");
    }

    private static string Prefixed(string? path, string? member)
    {
        var parent = string.IsNullOrEmpty(path) || path == "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return (parent, member) switch
        {
            ("", null) => "body",
            ("", _) => member,
            (_, null) => parent,
            _ => parent.EndsWith(member, StringComparison.Ordinal) ? parent : $"{parent}.{member}",
        };
    }

    private static string? Quoted(string text)
    {
        var start = text.IndexOf('\'', StringComparison.Ordinal);
        var end = start >= 0 ? text.IndexOf('\'', start + 1) : -1;
        return end > start + 1 ? text[(start + 1)..end] : null;
    }
}
