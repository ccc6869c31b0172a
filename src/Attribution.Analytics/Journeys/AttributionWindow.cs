namespace Attribution.Analytics.Journeys;

/// <summary>
/// A lookback window: a touch counts toward a conversion when
/// <c>conversionAt - window &lt;= touchAt &lt;= conversionAt</c> (both edges inclusive).
/// </summary>
/// <remarks>The window keys (1d, 7d, 14d, 28d, 30d, 90d; default 30d) follow GA4's conversion windows, DESIGN.md section 3.</remarks>
public sealed record AttributionWindow
{
    private AttributionWindow(string key, int days)
    {
        Key = key;
        Length = TimeSpan.FromDays(days);
    }

    public string Key { get; }

    public TimeSpan Length { get; }

    public static IReadOnlyList<AttributionWindow> All { get; } =
        [new("1d", 1), new("7d", 7), new("14d", 14), new("28d", 28), new("30d", 30), new("90d", 90)];

    public static AttributionWindow Default { get; } = All[4];

    /// <summary>The window of a key such as <c>7d</c>, or null when the key is not one of <see cref="All"/>.</summary>
    public static AttributionWindow? TryParse(string? key) => All.FirstOrDefault(w => w.Key == key);

    /// <summary>True when a touch at <paramref name="touchAt"/> counts for a conversion at <paramref name="conversionAt"/>.</summary>
    public bool Contains(DateTimeOffset touchAt, DateTimeOffset conversionAt) =>
        touchAt <= conversionAt && conversionAt - touchAt <= Length;
}
