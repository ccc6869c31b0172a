using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Attribution.Api.Http;

/// <summary>
/// The one place where errors become RFC 9457 problem details (<c>application/problem+json</c>).
/// Every problem carries a <c>traceId</c>; a 500 carries nothing else about the failure.
/// </summary>
public static class ProblemResults
{
    /// <summary>A problem for a bare status code (404 unknown route, 405 wrong method, ...).</summary>
    public static IResult ForStatus(HttpContext context, int status, string? detail = null) =>
        Create(context, status, detail, errors: null);

    /// <summary>400 naming the fields that failed.</summary>
    public static IResult Validation(HttpContext context, ApiValidationException error) =>
        Create(context, StatusCodes.Status400BadRequest, error.Message, error.Errors);

    /// <summary>404 for a resource that does not exist or belongs to another tenant.</summary>
    public static IResult NotFound(HttpContext context, string what) =>
        Create(context, StatusCodes.Status404NotFound, $"{what} was not found.", errors: null);

    /// <summary>500 with a trace id and no internals.</summary>
    public static IResult ServerError(HttpContext context) =>
        Create(context, StatusCodes.Status500InternalServerError, "An unexpected error occurred. Quote the traceId when reporting it.", errors: null);

    /// <summary>Maps an exception thrown while serving a request to its problem.</summary>
    public static IResult FromException(HttpContext context, Exception exception) => exception switch
    {
        ApiValidationException validation => Validation(context, validation),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge =>
            ForStatus(context, bad.StatusCode, "The request body is larger than this route accepts."),
        BadHttpRequestException bad => ForStatus(context, bad.StatusCode, "The request could not be read."),
        _ => ServerError(context),
    };

    private static IResult Create(HttpContext context, int status, string? detail, IReadOnlyDictionary<string, string[]>? errors)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
            Type = "about:blank",
            Detail = detail,
            Instance = context.Request.Path,
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        return TypedResults.Problem(problem);
    }
}
