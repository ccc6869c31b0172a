using Attribution.Analytics.Journeys;

namespace Attribution.Analytics.Tests.Journeys;

public sealed class AttributionWindowTests
{
    private static readonly DateTimeOffset Conversion = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1d", 1)]
    [InlineData("7d", 7)]
    [InlineData("14d", 14)]
    [InlineData("28d", 28)]
    [InlineData("30d", 30)]
    [InlineData("90d", 90)]
    public void Contains_TouchExactlyAtTheEdge_CountsAndOneTickEarlierDoesNot(string key, int days)
    {
        var window = AttributionWindow.TryParse(key)!;
        var edge = Conversion.AddDays(-days);

        Assert.True(window.Contains(edge, Conversion));
        Assert.False(window.Contains(edge.AddTicks(-1), Conversion));
    }

    [Fact]
    public void Contains_TouchAfterConversion_DoesNotCount() =>
        Assert.False(AttributionWindow.Default.Contains(Conversion.AddSeconds(1), Conversion));

    [Fact]
    public void Default_Is30Days() => Assert.Equal("30d", AttributionWindow.Default.Key);

    [Theory]
    [InlineData("2d")]
    [InlineData("30D")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownKey_ReturnsNull(string? key) => Assert.Null(AttributionWindow.TryParse(key));
}
