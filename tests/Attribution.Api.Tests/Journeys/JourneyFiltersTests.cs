using Attribution.Analytics.Journeys;
using Attribution.Api.Http;
using Attribution.Api.Journeys;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tests.Journeys;

public sealed class JourneyFiltersTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 3, 10, 23, 59, 0, TimeSpan.Zero));

    [Fact]
    public void ReadListFilters_NoParameters_Last30DaysEndingToday30dWindowAllCustomers()
    {
        var filters = JourneyFilters.ReadListFilters(Reader(""), Clock);

        Assert.Equal(new JourneyRange(AttributionWindow.Default, new DateOnly(2026, 2, 9), new DateOnly(2026, 3, 10)), filters.Range);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 0, 0, 0, TimeSpan.Zero), filters.Range.End);
        Assert.Equal(new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero), filters.Range.TouchStart);
        Assert.Null(filters.NewCustomers);
        Assert.Null(filters.Search);
        Assert.Null(filters.Channel);
    }

    [Fact]
    public void ReadListFilters_EveryParameter_Read()
    {
        var filters = JourneyFilters.ReadListFilters(
            Reader("?window=7d&from=2025-01-01&to=2025-01-31&customerType=returning&search=%20Ord-1%20&channel=paid_search"), Clock);

        Assert.Equal("7d", filters.Range.Window.Key);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), (filters.Range.From, filters.Range.To));
        Assert.False(filters.NewCustomers);
        Assert.Equal("Ord-1", filters.Search);
        Assert.Equal("paid_search", filters.Channel);
    }

    [Fact]
    public void ReadRange_OnlyTo_From29DaysBefore()
    {
        var range = JourneyFilters.ReadRange(Reader("?to=2024-12-31"), Clock);

        Assert.Equal(new DateOnly(2024, 12, 2), range.From);
    }

    [Fact]
    public void ReadRange_ExactlyThreeYears_Accepted()
    {
        var range = JourneyFilters.ReadRange(Reader("?from=2022-01-01&to=2024-12-31"), Clock);

        Assert.Equal(new DateOnly(2024, 12, 31), range.To);
    }

    [Theory]
    [InlineData("?window=2d", "window")]
    [InlineData("?window=30D", "window")]
    [InlineData("?from=2025-02-30", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?from=2025-03-02&to=2025-03-01", "from")]
    [InlineData("?from=2026-03-11", "from")]
    [InlineData("?from=2022-01-01&to=2025-01-01", "from")]
    [InlineData("?customerType=vip", "customerType")]
    [InlineData("?channel=tv", "channel")]
    [InlineData("?channel=Paid_Search", "channel")]
    [InlineData("?window=7d&window=1d", "window")]
    public void ReadListFilters_BadValue_ThrowsNamingTheParameter(string query, string parameter)
    {
        var error = Assert.Throws<ApiValidationException>(() => JourneyFilters.ReadListFilters(Reader(query), Clock));

        Assert.Equal([parameter], error.Errors.Keys);
    }

    [Fact]
    public void ReadListFilters_SearchTooLong_ThrowsNamingSearch()
    {
        var error = Assert.Throws<ApiValidationException>(() => JourneyFilters.ReadListFilters(Reader("?search=" + new string('a', 201)), Clock));

        Assert.Equal(["search"], error.Errors.Keys);
    }

    [Theory]
    [InlineData("A%b_C\\d", "a%b_c\\d")]
    [InlineData("ÉCOLE", "École")]
    [InlineData("Ord-00", "ord-00")]
    public void LowerAscii_LowerCasesOnlyAsciiLetters(string search, string key) =>
        Assert.Equal(key, JourneyStore.LowerAscii(search));

    private static QueryReader Reader(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        return new QueryReader(context.Request);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
