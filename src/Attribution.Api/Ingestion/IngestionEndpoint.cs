using Attribution.Api.Http;
using Attribution.Api.Ingestion.Parsing;
using Attribution.Api.Ingestion.Storage;
using Attribution.Api.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Attribution.Api.Ingestion;

/// <summary>
/// The body path of the ingestion routes: content type to parser (415 when unsupported), the body-size limit
/// (413), then streaming validation and the bulk upsert on the request's tenant transaction.
/// </summary>
internal static class IngestionEndpoint
{
    public static async Task<IResult> IngestAsync(HttpRequest request, IngestKind kind)
    {
        var context = request.HttpContext;
        if (BodyFormats.From(request.ContentType) is not { } format)
        {
            return ProblemResults.ForStatus(context, StatusCodes.Status415UnsupportedMediaType,
                $"Send {BodyFormats.Supported}.");
        }

        var limit = ApplyBodyLimit(context);
        var errors = new RowErrors();
        var reader = BodyFormats.Reader(format, new BodyBuffer(request.Body, limit, errors), kind, errors);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestWriter));
        var result = await IngestWriter.WriteAsync(context.Tenant().Session, kind, reader, errors, logger, context.RequestAborted);
        return TypedResults.Ok(result);
    }

    /// <summary>
    /// Raises or lowers the server's own body limit to <see cref="IngestionSettings.MaxBodyBytes"/> where the host lets
    /// us, and rejects a declared length above it at once; the body reader also counts the bytes it reads.
    /// </summary>
    private static long ApplyBodyLimit(HttpContext context)
    {
        var limit = (context.RequestServices.GetService<IngestionSettings>() ?? IngestionSettings.Default).MaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return context.Request.ContentLength > limit
            ? throw new BadHttpRequestException("The body is larger than this route accepts.", StatusCodes.Status413PayloadTooLarge)
            : limit;
    }
}
