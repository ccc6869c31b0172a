using System.Reflection;

namespace Attribution.Api;

/// <summary>The API version reported in the OpenAPI document: the assembly's informational version.</summary>
public static class ApiVersion
{
    public static string Current { get; } =
        typeof(ApiVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";
}
