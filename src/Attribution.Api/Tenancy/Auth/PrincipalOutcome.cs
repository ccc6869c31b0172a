namespace Attribution.Api.Tenancy.Auth;

/// <summary>
/// The principal of a request's credential, or why there is none: no credential (<see cref="Error"/> null) or an
/// invalid one (<see cref="Error"/> <c>invalid_token</c>). Both answer 401 with <c>WWW-Authenticate</c>.
/// </summary>
public sealed record PrincipalOutcome(CallerPrincipal? Principal, string? Error, string Detail)
{
    public static PrincipalOutcome Accepted(CallerPrincipal principal) => new(principal, null, "");

    public static PrincipalOutcome Missing(string detail) => new(null, null, detail);

    public static PrincipalOutcome Rejected(string detail) => new(null, "invalid_token", detail);
}
