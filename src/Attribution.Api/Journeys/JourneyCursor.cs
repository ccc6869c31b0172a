using System.Buffers.Binary;
using System.Buffers.Text;
using Attribution.Api.Http;

namespace Attribution.Api.Journeys;

/// <summary>
/// The keyset position after a page: the last journey's conversion time (microseconds since the Unix epoch, PostgreSQL's
/// precision) and conversion id, as 16 big-endian bytes in base64url. Opaque to clients.
/// </summary>
public sealed record JourneyCursor(DateTimeOffset ConvertedAt, long Id)
{
    public const string Parameter = "cursor";

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, (ConvertedAt - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond);
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], Id);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The cursor a page handed out; anything else is a 400 naming <c>cursor</c>.</summary>
    public static JourneyCursor Decode(string text)
    {
        Span<byte> bytes = stackalloc byte[18];
        if (text.Length != 22 || !Base64Url.IsValid(text) || !Base64Url.TryDecodeFromChars(text, bytes, out var written) || written != 16)
        {
            throw Invalid();
        }

        var micros = BinaryPrimitives.ReadInt64BigEndian(bytes);
        var id = BinaryPrimitives.ReadInt64BigEndian(bytes[8..]);
        var maxMicros = (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
        var minMicros = (DateTimeOffset.MinValue - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
        return id > 0 && micros >= minMicros && micros <= maxMicros
            ? new JourneyCursor(DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond), id)
            : throw Invalid();
    }

    private static ApiValidationException Invalid() =>
        new(Parameter, "'cursor' is not a cursor this route handed out: pass a page's nextCursor unchanged.");
}
