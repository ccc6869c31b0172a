using System.Text.RegularExpressions;

namespace Attribution.Api.Http;

/// <summary>Helpers over ASP.NET Core route templates such as <c>admin/items/{id:guid}</c>.</summary>
public static partial class RouteTemplates
{
    /// <summary>Removes route constraints: <c>{id:guid}</c> becomes <c>{id}</c>.</summary>
    public static string StripConstraints(string template) => Constraint().Replace(template, "{$1}");

    /// <summary>The parameter names of a template, in order, with their constraint (or null).</summary>
    public static IReadOnlyList<(string Name, string? Constraint)> Parameters(string template) =>
        [.. Parameter().Matches(template).Select(m => (m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null))];

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)(?::[^}]+)\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)(?::([^}]+))?\}")]
    private static partial Regex Parameter();
}
