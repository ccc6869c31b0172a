using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Attribution.Analytics.Journeys;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>
/// Validates one raw field value (a JSON token or a CSV cell, as UTF-8) against its <see cref="IngestField"/> and stores
/// it in a <see cref="FieldValue"/>. Strings are trimmed; an empty string or null counts as absent.
/// </summary>
internal static class FieldConverter
{
    /// <summary>Largest value of <c>numeric(14, 2)</c>.</summary>
    public const decimal MaxMoney = 999_999_999_999.99m;

    private const int MaxScalarBytes = 64;
    private static readonly string ChannelList = string.Join(", ", ChannelGrouping.All);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Channels =
        new HashSet<string>(ChannelGrouping.All, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Regions =
        new HashSet<string>(UsRegions.All, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Converts the value; returns null when it is accepted (or absent and optional), else the error message.</summary>
    /// <param name="field">The field the value is for.</param>
    /// <param name="kind">What the parser found: a JSON token kind, or <see cref="RawKind.Cell"/> for CSV.</param>
    /// <param name="utf8">The string (unescaped), number or cell text; empty for other tokens.</param>
    /// <param name="value">Where the converted value goes.</param>
    public static string? Convert(IngestField field, RawKind kind, ReadOnlySpan<byte> utf8, ref FieldValue value)
    {
        value.Seen = true;
        var error = kind switch
        {
            RawKind.Null => Absent(field),
            RawKind.Structured => Expected(field),
            _ => field.Type switch
            {
                FieldType.Money => kind is RawKind.Number or RawKind.Cell ? Money(field, Trimmed(utf8), ref value) : Expected(field),
                FieldType.Count => kind is RawKind.Number or RawKind.Cell ? Count(field, Trimmed(utf8), ref value) : Expected(field),
                FieldType.Boolean => Boolean(field, kind, Trimmed(utf8), ref value),
                _ => kind is RawKind.String or RawKind.Cell ? Textual(field, kind, utf8, ref value) : Expected(field),
            },
        };
        value.Failed = error is not null;
        return error;
    }

    /// <summary>The message for a required field that is missing, null or empty.</summary>
    public static string RequiredMessage(IngestField field) => $"'{field.Name}' is required.";

    private static string? Absent(IngestField field) => field.Required ? RequiredMessage(field) : null;

    private static string Expected(IngestField field) => $"'{field.Name}' must be {Describe(field)}.";

    private static string Describe(IngestField field) => field.Type switch
    {
        FieldType.Text => "a string",
        FieldType.Channel => $"one of: {ChannelList}",
        FieldType.Region => "a US state code or DC (two upper-case letters, e.g. CA)",
        FieldType.Currency => "an ISO 4217 currency code of three upper-case letters (e.g. USD)",
        FieldType.Timestamp => "an ISO 8601 timestamp with an offset, yyyy-MM-ddTHH:mm[:ss[.fffffff]] then Z or +hh:mm",
        FieldType.Date => "a date in the form yyyy-MM-dd",
        FieldType.Money => "a number of at least 0",
        FieldType.Count => "a whole number of at least 0",
        _ => "true or false",
    };

    private static ReadOnlySpan<byte> Trimmed(ReadOnlySpan<byte> utf8) => utf8.Trim(" \t\r\n"u8);

    private static string? Money(IngestField field, ReadOnlySpan<byte> utf8, ref FieldValue value)
    {
        if (utf8.IsEmpty)
        {
            return Absent(field);
        }

        const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!decimal.TryParse(utf8, Style, CultureInfo.InvariantCulture, out var number) || number < 0)
        {
            return Expected(field);
        }

        number = decimal.Round(number, 2, MidpointRounding.AwayFromZero);
        if (number > MaxMoney)
        {
            return $"'{field.Name}' must be at most {MaxMoney.ToString(CultureInfo.InvariantCulture)}.";
        }

        value.Number = number;
        value.Present = true;
        return null;
    }

    private static string? Count(IngestField field, ReadOnlySpan<byte> utf8, ref FieldValue value)
    {
        if (utf8.IsEmpty)
        {
            return Absent(field);
        }

        if (!long.TryParse(utf8, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < 0)
        {
            return Expected(field);
        }

        if (number > field.Max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"'{field.Name}' must be at most {field.Max}.");
        }

        value.Integer = number;
        value.Present = true;
        return null;
    }

    private static string? Boolean(IngestField field, RawKind kind, ReadOnlySpan<byte> utf8, ref FieldValue value)
    {
        switch (kind)
        {
            case RawKind.True or RawKind.False:
                value.Flag = kind == RawKind.True;
                break;
            case RawKind.Cell when utf8.IsEmpty:
                return Absent(field);
            case RawKind.Cell when Ascii.EqualsIgnoreCase(utf8, "true"u8) || Ascii.EqualsIgnoreCase(utf8, "false"u8):
                value.Flag = utf8.Length == 4;
                break;
            default:
                return Expected(field);
        }

        value.Present = true;
        return null;
    }

    private static string? Textual(IngestField field, RawKind kind, ReadOnlySpan<byte> utf8, ref FieldValue value)
    {
        var trimmed = Trimmed(utf8);
        if (!Utf8.IsValid(trimmed))
        {
            return $"'{field.Name}' is not valid UTF-8.";
        }

        return field.Type switch
        {
            FieldType.Text => Text(field, trimmed, ref value),
            _ when trimmed.IsEmpty => Absent(field),
            _ when trimmed.Length > MaxScalarBytes => Expected(field),
            _ => Scalar(field, trimmed, ref value),
        };
    }

    private static string? Text(IngestField field, ReadOnlySpan<byte> utf8, ref FieldValue value)
    {
        if (utf8.IsEmpty)
        {
            return Absent(field);
        }

        var text = Encoding.UTF8.GetString(utf8).Trim();
        if (text.Length == 0)
        {
            return Absent(field);
        }

        if (text.Length > field.MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"'{field.Name}' must be at most {field.MaxLength} characters.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return $"'{field.Name}' must not contain NUL characters.";
        }

        value.Text = text;
        value.Present = true;
        return null;
    }

    private static string? Scalar(IngestField field, ReadOnlySpan<byte> utf8, ref FieldValue value)
    {
        Span<char> buffer = stackalloc char[MaxScalarBytes];
        var chars = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
        switch (field.Type)
        {
            case FieldType.Channel when Channels.TryGetValue(chars, out var channel):
                value.Text = channel;
                break;
            case FieldType.Region when Regions.TryGetValue(chars, out var region):
                value.Text = region;
                break;
            case FieldType.Currency when IsCurrency(chars):
                value.Text = new string(chars);
                break;
            case FieldType.Timestamp when IsoTimestamp.TryParse(chars, out var instant):
                value.Instant = instant;
                break;
            case FieldType.Date when DateOnly.TryParseExact(chars, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                value.Date = date;
                break;
            default:
                return Expected(field);
        }

        value.Present = true;
        return null;
    }

    private static bool IsCurrency(ReadOnlySpan<char> chars) => chars.Length == 3 && char.IsAsciiLetterUpper(chars[0])
        && char.IsAsciiLetterUpper(chars[1]) && char.IsAsciiLetterUpper(chars[2]);
}
