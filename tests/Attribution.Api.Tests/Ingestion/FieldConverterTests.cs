using System.Text;
using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Tests.Ingestion;

public sealed class FieldConverterTests
{
    [Theory]
    [InlineData("Text", "String", "  abc  ", "abc")]
    [InlineData("Text", "Cell", "Café", "Café")]
    [InlineData("Channel", "String", "paid_social", "paid_social")]
    [InlineData("Region", "Cell", " DC ", "DC")]
    [InlineData("Currency", "String", "EUR", "EUR")]
    [InlineData("Timestamp", "String", "2026-03-01T12:00:00Z", "2026-03-01T12:00:00.0000000Z")]
    [InlineData("Timestamp", "String", "2026-03-01T12:00:00.125+02:00", "2026-03-01T10:00:00.1250000Z")]
    [InlineData("Timestamp", "Cell", "2026-03-01T23:30-05:00", "2026-03-02T04:30:00.0000000Z")]
    [InlineData("Date", "Cell", "2026-02-28", "2026-02-28")]
    [InlineData("Money", "Number", "12.345", "12.35")]
    [InlineData("Money", "Number", "1e3", "1000")]
    [InlineData("Money", "Cell", " 0 ", "0")]
    [InlineData("Count", "Number", "42", "42")]
    [InlineData("Count", "Cell", "0", "0")]
    [InlineData("Boolean", "True", "", "True")]
    [InlineData("Boolean", "False", "", "False")]
    [InlineData("Boolean", "Cell", "TRUE", "True")]
    [InlineData("Boolean", "Cell", "false", "False")]
    public void Convert_ValidValue_StoresIt(string typeName, string kindName, string raw, string expected)
    {
        var (type, kind) = (Enum.Parse<FieldType>(typeName), Enum.Parse<RawKind>(kindName));
        var value = default(FieldValue);

        var error = FieldConverter.Convert(new IngestField("f", type, Required: true), kind, Encoding.UTF8.GetBytes(raw), ref value);

        Assert.Null(error);
        Assert.True(value.Present);
        Assert.Equal(expected, Stored(type, value));
    }

    [Theory]
    [InlineData("Text", "Number", "12", "must be a string")]
    [InlineData("Channel", "String", "Email", "must be one of: direct, organic_search")]
    [InlineData("Channel", "String", "tv", "must be one of")]
    [InlineData("Region", "String", "ca", "US state code or DC")]
    [InlineData("Region", "String", "PR", "US state code or DC")]
    [InlineData("Currency", "String", "usd", "ISO 4217")]
    [InlineData("Currency", "String", "US", "ISO 4217")]
    [InlineData("Timestamp", "String", "2026-03-01T12:00:00", "with an offset")]
    [InlineData("Timestamp", "String", "2026-03-01", "with an offset")]
    [InlineData("Timestamp", "String", "2026-02-30T12:00:00Z", "with an offset")]
    [InlineData("Timestamp", "String", "01/03/2026 12:00 +00:00", "with an offset")]
    [InlineData("Timestamp", "Number", "1772366400", "with an offset")]
    [InlineData("Date", "Cell", "2026-3-1", "yyyy-MM-dd")]
    [InlineData("Date", "Cell", "03/01/2026", "yyyy-MM-dd")]
    [InlineData("Money", "Number", "-0.01", "at least 0")]
    [InlineData("Money", "String", "12", "a number")]
    [InlineData("Money", "Cell", "1,000", "a number")]
    [InlineData("Money", "Number", "1000000000000", "at most 999999999999.99")]
    [InlineData("Count", "Number", "1.5", "whole number")]
    [InlineData("Count", "Cell", "-1", "whole number")]
    [InlineData("Boolean", "String", "true", "true or false")]
    [InlineData("Boolean", "Cell", "yes", "true or false")]
    [InlineData("Text", "Structured", "", "must be a string")]
    public void Convert_InvalidValue_ReturnsMessageNamingTheField(string typeName, string kindName, string raw, string expected)
    {
        var (type, kind) = (Enum.Parse<FieldType>(typeName), Enum.Parse<RawKind>(kindName));
        var value = default(FieldValue);

        var error = FieldConverter.Convert(new IngestField("myField", type, Required: true), kind, Encoding.UTF8.GetBytes(raw), ref value);

        Assert.NotNull(error);
        Assert.StartsWith("'myField' ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(value.Present);
        Assert.True(value.Failed);
    }

    [Theory]
    [InlineData("Null", "")]
    [InlineData("String", "   ")]
    [InlineData("Cell", "")]
    public void Convert_AbsentValue_IsRequiredOnlyForRequiredFields(string kindName, string raw)
    {
        var kind = Enum.Parse<RawKind>(kindName);
        var optional = default(FieldValue);
        var required = default(FieldValue);

        var optionalError = FieldConverter.Convert(new IngestField("f", FieldType.Text, Required: false), kind, Encoding.UTF8.GetBytes(raw), ref optional);
        var requiredError = FieldConverter.Convert(new IngestField("f", FieldType.Text, Required: true), kind, Encoding.UTF8.GetBytes(raw), ref required);

        Assert.Null(optionalError);
        Assert.False(optional.Present);
        Assert.True(optional.Seen);
        Assert.Equal("'f' is required.", requiredError);
    }

    [Fact]
    public void Convert_TextLongerThanTheLimit_IsRejected()
    {
        var value = default(FieldValue);
        var field = new IngestField("f", FieldType.Text, Required: true);

        var error = FieldConverter.Convert(field, RawKind.String, Encoding.UTF8.GetBytes(new string('é', 257)), ref value);

        Assert.Equal("'f' must be at most 256 characters.", error);
    }

    [Fact]
    public void Convert_TextWithNul_IsRejected()
    {
        var value = default(FieldValue);

        var error = FieldConverter.Convert(new IngestField("f", FieldType.Text, Required: true), RawKind.String, "a\0b"u8, ref value);

        Assert.Equal("'f' must not contain NUL characters.", error);
    }

    [Fact]
    public void Convert_CellThatIsNotUtf8_IsRejected()
    {
        var value = default(FieldValue);

        var error = FieldConverter.Convert(new IngestField("f", FieldType.Text, Required: true), RawKind.Cell, [0x61, 0xFF, 0x62], ref value);

        Assert.Equal("'f' is not valid UTF-8.", error);
    }

    [Fact]
    public void Convert_CountAboveTheFieldsMaximum_IsRejected()
    {
        var value = default(FieldValue);
        var field = new IngestField("conversions", FieldType.Count, Required: true) { Max = int.MaxValue };

        var error = FieldConverter.Convert(field, RawKind.Number, "2147483648"u8, ref value);

        Assert.Equal("'conversions' must be at most 2147483647.", error);
    }

    private static string Stored(FieldType type, FieldValue value) => type switch
    {
        FieldType.Timestamp => value.Instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Date => value.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Money => value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Count => value.Integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Boolean => value.Flag.ToString(),
        _ => value.Text!,
    };
}
