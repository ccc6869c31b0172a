using System.Text;
using Attribution.Api.Http;
using Attribution.Api.Ingestion;
using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Tests.Ingestion;

/// <summary>Runs a body through a row reader, feeding it a few bytes at a time, and snapshots what came out.</summary>
internal static class ParseHarness
{
    internal sealed record Outcome(List<Dictionary<string, object?>> Rows, RowErrors Errors, ApiValidationException? Fatal, int Received);

    public static async Task<Outcome> ParseAsync(IngestKind kind, BodyFormat format, string body, int chunk = 7, long maxBytes = long.MaxValue)
    {
        var errors = new RowErrors();
        var reader = BodyFormats.Reader(format, new BodyBuffer(new ChunkedStream(Encoding.UTF8.GetBytes(body), chunk), maxBytes, errors), kind, errors);
        var batch = reader.CreateBatch(3);
        var rows = new List<Dictionary<string, object?>>();
        var received = 0;
        try
        {
            int count;
            while ((count = await reader.ReadAsync(batch, CancellationToken.None)) > 0)
            {
                received += count;
                rows.AddRange(batch.Take(count).Where(r => r.Valid).Select(r => Snapshot(kind, r)));
            }
        }
        catch (ApiValidationException fatal)
        {
            return new Outcome(rows, errors, fatal, received);
        }

        return new Outcome(rows, errors, null, received);
    }

    /// <summary>The error messages of one key (empty when there are none).</summary>
    public static string[] Messages(this RowErrors errors, string key) =>
        errors.ToException().Errors.TryGetValue(key, out var messages) ? messages : [];

    private static Dictionary<string, object?> Snapshot(IngestKind kind, RowValues row)
    {
        var snapshot = new Dictionary<string, object?>(StringComparer.Ordinal) { ["#"] = row.Index };
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var value = row.Values[i];
            snapshot[kind.Fields[i].Name] = !value.Present ? null : kind.Fields[i].Type switch
            {
                FieldType.Timestamp => value.Instant,
                FieldType.Date => value.Date,
                FieldType.Money => value.Number,
                FieldType.Count => value.Integer,
                FieldType.Boolean => value.Flag,
                _ => value.Text,
            };
        }

        return snapshot;
    }

    /// <summary>A body that arrives at most <c>chunk</c> bytes per read, so rows straddle reads.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
