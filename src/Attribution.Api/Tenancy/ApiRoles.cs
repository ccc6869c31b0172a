namespace Attribution.Api.Tenancy;

/// <summary>The application roles of DESIGN.md section 2.</summary>
public static class ApiRoles
{
    public const string Read = "attribution.read";
    public const string Write = "attribution.write";
    public const string Operator = "attribution.operator";
}
