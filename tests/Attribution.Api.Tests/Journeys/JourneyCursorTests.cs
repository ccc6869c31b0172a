using Attribution.Api.Http;
using Attribution.Api.Journeys;

namespace Attribution.Api.Tests.Journeys;

public sealed class JourneyCursorTests
{
    [Fact]
    public void Decode_EncodedCursor_RoundTripsToTheMicrosecond()
    {
        var cursor = new JourneyCursor(new DateTimeOffset(2026, 3, 5, 10, 11, 12, TimeSpan.Zero).AddTicks(1_234_560), 9_007_199_254_740_993);

        var decoded = JourneyCursor.Decode(cursor.Encode());

        Assert.Equal(cursor, decoded);
        Assert.Equal(22, cursor.Encode().Length);
    }

    [Fact]
    public void Encode_IsUrlSafe()
    {
        var encoded = new JourneyCursor(DateTimeOffset.UnixEpoch.AddTicks(-10), long.MaxValue).Encode();

        Assert.DoesNotContain(encoded, c => c is '+' or '/' or '=');
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAA$AAAAAAAAAA")]
    [InlineData("f_________________________8")]
    public void Decode_Malformed_ThrowsNamingCursor(string text)
    {
        var error = Assert.Throws<ApiValidationException>(() => JourneyCursor.Decode(text));

        Assert.Equal([JourneyCursor.Parameter], error.Errors.Keys);
    }
}
