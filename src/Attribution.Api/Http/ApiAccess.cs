namespace Attribution.Api.Http;

/// <summary>Who may call a route: anyone, a reader (GET), or a writer (state changes).</summary>
public enum ApiAccess
{
    Anonymous,
    Read,
    Write,
}
