using Microsoft.Net.Http.Headers;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>The body formats of the ingestion routes, chosen by <c>Content-Type</c> (UTF-8 only).</summary>
internal enum BodyFormat
{
    /// <summary><c>application/json</c>: a JSON array of row objects.</summary>
    JsonArray,

    /// <summary><c>application/x-ndjson</c> (or <c>application/ndjson</c>): one JSON object per line.</summary>
    Ndjson,

    /// <summary><c>text/csv</c>: a header row of field names, then one record per row.</summary>
    Csv,
}

/// <summary>Reads the body format from a <c>Content-Type</c> header.</summary>
internal static class BodyFormats
{
    public const string Supported = "application/json (a JSON array of rows), application/x-ndjson (one JSON object per line) or text/csv (a header row, then one row per line), in UTF-8";

    /// <summary>The format, or null when the content type is missing, unsupported, or names a charset other than UTF-8.</summary>
    public static BodyFormat? From(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return null;
        }

        var charset = media.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return media.MediaType.Value?.ToLowerInvariant() switch
        {
            "application/json" => BodyFormat.JsonArray,
            "application/x-ndjson" or "application/ndjson" => BodyFormat.Ndjson,
            "text/csv" => BodyFormat.Csv,
            _ => null,
        };
    }

    public static RowReader Reader(BodyFormat format, BodyBuffer body, IngestKind kind, RowErrors errors) => format switch
    {
        BodyFormat.JsonArray => new JsonArrayRowReader(body, kind, errors),
        BodyFormat.Ndjson => new NdjsonRowReader(body, kind, errors),
        _ => new CsvRowReader(body, kind, errors),
    };
}
