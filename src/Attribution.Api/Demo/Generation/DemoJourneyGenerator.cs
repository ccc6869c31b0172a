namespace Attribution.Api.Demo.Generation;

/// <summary>
/// The touches before each order, within 30 days: <c>min(10, 1 + Poisson(2.4))</c> of them (spike orders: 1-3 ending in
/// the flash-sale email). The last touch comes 1 minute plus Exp(2.4 h) before the order; the first 35% of the time within
/// Exp(12 h) before that, else within Exp(8 d); the rest uniformly between. Each touch's channel follows its own day's mix
/// (<see cref="DemoChannelMix"/>). Touches on outage days are lost like the orders.
/// </summary>
internal static class DemoJourneyGenerator
{
    public const int WindowSeconds = 30 * 86400;

    public static void Generate(
        IReadOnlyList<DemoOrder> orders, DemoCustomers customers, DemoLayout layout, DemoChannelMix mix, DemoRandom random, List<DemoTouch> touches)
    {
        var start = new DateTimeOffset(layout.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var lags = new List<long>(10);
        var email = DemoChannels.All.ToList().IndexOf(DemoChannels.Email);
        foreach (var order in orders)
        {
            var spike = order.Kind == DemoOrderKind.Spike;
            var count = spike ? 1 + random.Next(3) : Math.Min(10, 1 + random.NextPoisson(2.4));
            var available = Math.Min(WindowSeconds, (long)(order.At - start).TotalSeconds);
            var last = Math.Min(available, 60 + (long)random.NextExponential(0.1 * 86400));
            var first = count == 1
                ? last
                : Math.Min(available, last + (long)random.NextExponential((random.Chance(0.35) ? 0.5 : 8) * 86400));
            lags.Clear();
            lags.Add(first);
            for (var i = 1; i < count - 1; i++)
            {
                lags.Add(last + (long)(random.NextDouble() * (first - last)));
            }

            if (count > 1)
            {
                lags.Add(last);
            }

            lags.Sort((a, b) => b.CompareTo(a));
            var customerId = customers.Id(order.Customer);
            var region = UsStates.Codes[customers.Region(order.Customer)];
            for (var i = 0; i < lags.Count; i++)
            {
                var at = order.At.AddSeconds(-lags[i]);
                var day = (int)((at - start).Ticks / TimeSpan.TicksPerDay);
                var role = i == lags.Count - 1 ? DemoTouchRole.Closer : i == 0 ? DemoTouchRole.Opener : DemoTouchRole.Middle;
                var channel = spike && role == DemoTouchRole.Closer ? email : mix.Channel(day, role, random);
                var (platform, source, medium, campaign) = mix.Describe(channel, day, random);
                if (spike && role == DemoTouchRole.Closer)
                {
                    campaign = "flash_sale";
                }

                if (!layout.IsOutage(day) || random.Chance(DemoLayout.OutageKeep))
                {
                    touches.Add(new DemoTouch(at, customerId, DemoChannels.All[channel], source, medium, campaign, platform, region));
                }
            }
        }
    }
}
