using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Attribution.Api.Http;

/// <summary>Executes a minimal-API <see cref="IResult"/> where an MVC <see cref="IActionResult"/> is expected.</summary>
public sealed class ResultActionAdapter(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
