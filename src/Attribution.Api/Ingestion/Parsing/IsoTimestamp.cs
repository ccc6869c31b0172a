using System.Globalization;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// Parses the RFC 3339 profile of ISO 8601 with a mandatory offset: <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> followed by
/// <c>Z</c> or <c>+hh:mm</c>/<c>-hh:mm</c>. A timestamp without an offset is rejected rather than read as local time.
/// </summary>
internal static class IsoTimestamp
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    /// <summary>The instant in UTC (<see cref="DateTimeKind.Utc"/>), or false when the text is not such a timestamp.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime utc)
    {
        utc = default;
        if (!HasOffset(text)
            || !DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        utc = parsed.UtcDateTime;
        return true;
    }

    private static bool HasOffset(ReadOnlySpan<char> text) =>
        text.Length > 16 && (text[^1] == 'Z' || (text[^6] is '+' or '-' && text[^3] == ':'));
}
