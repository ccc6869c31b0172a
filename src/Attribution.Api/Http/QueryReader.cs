using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Http;

/// <summary>Typed query-string access; a malformed or out-of-range value is a 400 naming the parameter.</summary>
public sealed class QueryReader(HttpRequest request)
{
    private readonly IQueryCollection _query = request.Query;

    public string? String(string name)
    {
        var values = _query[name];
        if (values.Count > 1)
        {
            throw new ApiValidationException(name, $"'{name}' may be given once.");
        }

        return values.Count == 1 && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;
    }

    public int Int(string name, int defaultValue, int min, int max)
    {
        var text = String(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new ApiValidationException(name, $"'{name}' must be a whole number.");
        }

        return value < min || value > max
            ? throw new ApiValidationException(name, $"'{name}' must be between {min} and {max}.")
            : value;
    }

    public DateOnly? Date(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new ApiValidationException(name, $"'{name}' must be a date in the form yyyy-MM-dd.");
    }

    public string? OneOf(string name, IReadOnlyCollection<string> allowed)
    {
        var text = String(name);
        return text is null || allowed.Contains(text)
            ? text
            : throw new ApiValidationException(name, $"'{name}' must be one of: {string.Join(", ", allowed)}.");
    }
}
