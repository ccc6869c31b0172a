using System.Globalization;

namespace Attribution.Api.Demo.Generation;

/// <summary>The generated pieces as table rows: touches in time order with ids, recorded orders, spend day by day, geo KPIs.</summary>
internal static class DemoRows
{
    public static List<DemoTouchpoint> Touchpoints(List<DemoTouch> touches, DateOnly start)
    {
        // Unique keys (whole seconds since the first day in the high half, generation order in the low half): time order, ties by generation.
        var epoch = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var keys = new long[touches.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (((long)(touches[i].At - epoch).TotalSeconds) << 32) | (uint)i;
        }

        Array.Sort(keys);
        var rows = new List<DemoTouchpoint>(touches.Count);
        foreach (var key in keys)
        {
            var t = touches[(int)(uint)key];
            var id = "tp_" + (rows.Count + 1).ToString("D8", CultureInfo.InvariantCulture);
            rows.Add(new DemoTouchpoint(id, t.CustomerId, t.At, t.Channel, t.Source, t.Medium, t.Campaign, t.Platform, t.Region));
        }

        return rows;
    }

    public static List<DemoConversion> Conversions(IReadOnlyList<DemoOrder> orders, DemoCustomers customers, string currency)
    {
        var rows = new List<DemoConversion>(orders.Count);
        foreach (var order in orders.Where(o => o.Recorded))
        {
            var id = "AC-" + (1_000_001 + rows.Count).ToString(CultureInfo.InvariantCulture);
            rows.Add(new DemoConversion(
                id, customers.Id(order.Customer), customers.Email(order.Customer), order.At, order.Revenue, currency, order.IsNew,
                UsStates.Codes[customers.Region(order.Customer)]));
        }

        return rows;
    }

    public static List<DemoSpend> Spend(DemoLayout layout, IReadOnlyList<DemoChannelSpend> spend)
    {
        var rows = new List<DemoSpend>();
        for (var t = 0; t < layout.Days; t++)
        {
            foreach (var channel in spend)
            {
                foreach (var p in channel.Platforms)
                {
                    rows.Add(new DemoSpend(layout.Date(t), channel.Channel.Channel, p.Platform, "", p.Spend[t], p.Impressions[t], p.Clicks[t]));
                }
            }
        }

        return rows;
    }

    /// <summary>Every day and state, zeros included, summed from the recorded conversions (UTC dates).</summary>
    public static List<DemoGeoKpi> GeoKpis(DemoLayout layout, IReadOnlyList<DemoConversion> conversions)
    {
        var codes = UsStates.Codes;
        var index = codes.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        var revenue = new decimal[layout.Days, codes.Count];
        var counts = new int[layout.Days, codes.Count];
        foreach (var c in conversions)
        {
            var day = DateOnly.FromDateTime(c.OccurredAt.UtcDateTime).DayNumber - layout.Start.DayNumber;
            revenue[day, index[c.Region]] += c.Revenue;
            counts[day, index[c.Region]]++;
        }

        var rows = new List<DemoGeoKpi>(layout.Days * codes.Count);
        for (var t = 0; t < layout.Days; t++)
        {
            for (var r = 0; r < codes.Count; r++)
            {
                rows.Add(new DemoGeoKpi(layout.Date(t), codes[r], revenue[t, r], counts[t, r]));
            }
        }

        return rows;
    }
}
