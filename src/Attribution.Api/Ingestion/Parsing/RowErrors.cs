using System.Globalization;
using Attribution.Api.Http;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// The row errors of one request: the first <see cref="Limit"/> are kept, keyed like <c>rows[12].revenue</c>
/// (zero-based row index), and all are counted.
/// </summary>
internal sealed class RowErrors
{
    public const int Limit = 100;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private int _kept;

    /// <summary>How many errors were found, kept or not.</summary>
    public int Count { get; private set; }

    /// <summary>How many rows had at least one error.</summary>
    public int Rows { get; private set; }

    /// <summary>Records an error of a field of the row (or of the whole row when <paramref name="field"/> is null).</summary>
    public void Add(RowValues row, string? field, string message)
    {
        if (row.Valid)
        {
            row.Valid = false;
            Rows++;
        }

        if (_kept >= Limit)
        {
            Count++;
            return;
        }

        var key = field is null
            ? string.Create(CultureInfo.InvariantCulture, $"rows[{row.Index}]")
            : string.Create(CultureInfo.InvariantCulture, $"rows[{row.Index}].{field}");
        Add(key, row.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{message} (line {row.Line})") : message);
    }

    /// <summary>Records an error about the body as a whole (its shape, the CSV header).</summary>
    public void Add(string key, string message)
    {
        Count++;
        if (_kept >= Limit)
        {
            return;
        }

        _kept++;
        if (!_errors.TryGetValue(key, out var messages))
        {
            _errors[key] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>The 400 to throw: the kept errors, and a detail with the totals.</summary>
    public ApiValidationException ToException()
    {
        var listed = _kept < Count ? $" The first {_kept} are listed." : "";
        var rows = Rows > 0 ? string.Create(CultureInfo.InvariantCulture, $" in {Rows} row(s)") : "";
        return new ApiValidationException(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            string.Create(CultureInfo.InvariantCulture, $"{Count} error(s){rows}; nothing was written.{listed}"));
    }

    /// <summary>Records an error that ends parsing (the body cannot be read further) and returns the 400 to throw.</summary>
    public ApiValidationException Fatal(string key, string message)
    {
        Add(key, message);
        return ToException();
    }
}
