using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// A window over the request body: the parsers consume complete rows from <see cref="Data"/> and ask for more.
/// Counts the bytes read and fails with 413 past the limit; strips a UTF-8 byte order mark; a single row may be at
/// most <see cref="MaxRowBytes"/>.
/// </summary>
internal sealed class BodyBuffer(Stream body, long maxBytes, RowErrors errors)
{
    public const int InitialSize = 64 * 1024;
    public const int MaxRowBytes = 1024 * 1024;

    private byte[] _buffer = new byte[InitialSize];
    private int _start;
    private int _end;
    private bool _begun;

    /// <summary>The unconsumed bytes read so far.</summary>
    public ReadOnlySpan<byte> Data => _buffer.AsSpan(_start, _end - _start);

    /// <summary>The body has no more bytes: <see cref="Data"/> is all that is left.</summary>
    public bool Ended { get; private set; }

    public long BytesRead { get; private set; }

    public void Consume(int count) => _start += count;

    /// <summary>Reads more of the body after the unconsumed bytes (sets <see cref="Ended"/> at its end).</summary>
    public async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (Ended)
        {
            return;
        }

        MakeRoom();
        var read = await body.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            Ended = true;
            return;
        }

        BytesRead += read;
        if (BytesRead > maxBytes)
        {
            throw new BadHttpRequestException(
                string.Create(CultureInfo.InvariantCulture, $"The body is larger than {maxBytes} bytes."), StatusCodes.Status413PayloadTooLarge);
        }

        _end += read;
        if (!_begun && _end - _start >= 3)
        {
            _begun = true;
            if (Data.StartsWith("\uFEFF"u8))
            {
                _start += 3;
            }
        }
    }

    private void MakeRoom()
    {
        var pending = _end - _start;
        if (_start > 0 && (pending == 0 || _end == _buffer.Length))
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }

        if (_end < _buffer.Length)
        {
            return;
        }

        if (_buffer.Length >= MaxRowBytes)
        {
            throw errors.Fatal("body", string.Create(CultureInfo.InvariantCulture, $"A row is larger than {MaxRowBytes} bytes."));
        }

        Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxRowBytes));
    }
}
