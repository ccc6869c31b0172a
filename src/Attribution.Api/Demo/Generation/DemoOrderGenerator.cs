namespace Attribution.Api.Demo.Generation;

/// <summary>
/// Turns the daily target revenue into orders: Poisson(<c>target_t / aov</c>) a day, log-normal values with mean aov,
/// a customer each (returning with probability <c>0.4 (1 - exp(-t / 150))</c>, re-using an earlier customer and their
/// region; otherwise new, in a state drawn by population), a UTC time by an hourly profile. Then the injections:
/// the experiment's extra orders in test states, the spike day's email orders, and the outage's lost orders.
/// </summary>
internal static class DemoOrderGenerator
{
    public const double OrderValueLogSd = 0.55;

    /// <summary>Relative order volume by UTC hour (US evenings are UTC 00-04).</summary>
    internal static readonly double[] HourWeights =
        [8, 7, 6, 5, 4, 3, 2, 1.5, 1.2, 1.2, 1.5, 2, 3, 4, 5, 5.5, 6, 6, 6.5, 7, 7, 7.5, 8, 8.5];

    public static List<DemoOrder> Generate(
        DemoOptions options, DemoLayout layout, DemoRevenueModel model, IReadOnlySet<int> testRegions, DemoCustomers customers, DemoRandom random)
    {
        var draw = new OrderDraw(options, layout, customers, random, new CumulativeWeights(UsStates.Shares), new CumulativeWeights(HourWeights));
        var orders = new List<DemoOrder>(options.TargetConversions + (options.TargetConversions / 10));
        var day = new List<DemoOrder>();
        for (var t = 0; t < layout.Days; t++)
        {
            day.Clear();
            var expected = model.Target[t] / options.AverageOrderValue;
            var count = random.NextPoisson(expected);
            for (var i = 0; i < count; i++)
            {
                var order = draw.Order(t, -1, DemoOrderKind.Regular);
                day.Add(order);
                var region = customers.Region(order.Customer);
                if (layout.IsExperiment(t) && testRegions.Contains(region) && random.Chance(options.ExperimentLift))
                {
                    day.Add(draw.Order(t, region, DemoOrderKind.Incremental));
                }
            }

            if (t == layout.SpikeDay)
            {
                var extra = random.NextPoisson(DemoLayout.SpikeRatio * expected);
                for (var i = 0; i < extra; i++)
                {
                    day.Add(draw.Order(t, -1, DemoOrderKind.Spike));
                }
            }

            day.Sort((a, b) => a.At.CompareTo(b.At));
            orders.AddRange(day);
            customers.CloseDay();
        }

        return orders;
    }

    private sealed class OrderDraw(
        DemoOptions options, DemoLayout layout, DemoCustomers customers, DemoRandom random, CumulativeWeights regions, CumulativeWeights hours)
    {
        /// <summary>An order on day t; region -1 means anywhere. Spike orders come mostly from the email list (returning customers).</summary>
        public DemoOrder Order(int t, int region, DemoOrderKind kind)
        {
            var returning = kind == DemoOrderKind.Spike ? 0.85 : 0.4 * (1 - Math.Exp(-t / 150.0));
            var customer = -1;
            if (random.Chance(returning))
            {
                customer = region < 0 ? customers.PickReturning(random) : customers.PickReturning(region, random);
            }

            var isNew = customer < 0;
            if (isNew)
            {
                customer = customers.Add(region < 0 ? regions.Sample(random) : region, random);
            }

            var seconds = (hours.Sample(random) * 3600) + random.Next(3600);
            var at = new DateTimeOffset(layout.Date(t).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(seconds);
            var value = options.AverageOrderValue * random.NextMeanOneFactor(OrderValueLogSd);
            var revenue = Math.Max(1m, Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero));
            var recorded = !layout.IsOutage(t) || random.Chance(DemoLayout.OutageKeep);
            return new DemoOrder(t, at, customer, isNew, revenue, kind, recorded);
        }
    }
}
