using System.Buffers.Binary;
using System.Buffers.Text;
using Attribution.Api.Http;

namespace Attribution.Api.Incrementality;

/// <summary>The keyset position after a page of experiments: creation time (microseconds since the epoch) and id, base64url. Opaque to clients.</summary>
public sealed record ExperimentCursor(DateTimeOffset CreatedAt, Guid Id)
{
    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, (CreatedAt - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond);
        Id.TryWriteBytes(bytes[8..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static ExperimentCursor Decode(string text)
    {
        Span<byte> bytes = stackalloc byte[26];
        if (text.Length != 32 || !Base64Url.TryDecodeFromChars(text, bytes, out var written) || written != 24)
        {
            throw new ApiValidationException("cursor", "'cursor' is not a cursor this route handed out: pass a page's nextCursor unchanged.");
        }

        var micros = BinaryPrimitives.ReadInt64BigEndian(bytes);
        var maxMicros = (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;
        return micros >= 0 && micros <= maxMicros
            ? new ExperimentCursor(DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond), new Guid(bytes[8..24], bigEndian: true))
            : throw new ApiValidationException("cursor", "'cursor' is not a cursor this route handed out: pass a page's nextCursor unchanged.");
    }
}
