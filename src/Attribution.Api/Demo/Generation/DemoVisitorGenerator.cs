using System.Globalization;

namespace Attribution.Api.Demo.Generation;

/// <summary>
/// Visitors who never convert: Poisson(<c>visitorsPerConverter * target_t / aov</c>) a day, each anonymous
/// (<c>anon_NNNNNNNN</c>), in a state drawn by population, with <c>min(10, 1 + Poisson(0.7))</c> touches: the last on
/// the day, earlier ones Exp(3 d) before it within 14 days. Returns how many visitors there were.
/// </summary>
internal static class DemoVisitorGenerator
{
    public static int Generate(DemoOptions options, DemoLayout layout, DemoRevenueModel model, DemoChannelMix mix, DemoRandom random, List<DemoTouch> touches)
    {
        var start = new DateTimeOffset(layout.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var regions = new CumulativeWeights(UsStates.Shares);
        var hours = new CumulativeWeights(DemoOrderGenerator.HourWeights);
        var lags = new List<long>(10);
        var visitors = 0;
        for (var t = 0; t < layout.Days; t++)
        {
            var count = random.NextPoisson(options.VisitorsPerConverter * model.Target[t] / options.AverageOrderValue);
            for (var v = 0; v < count; v++)
            {
                visitors++;
                var id = "anon_" + visitors.ToString("D8", CultureInfo.InvariantCulture);
                var region = UsStates.Codes[regions.Sample(random)];
                var lastAt = start.AddDays(t).AddSeconds((hours.Sample(random) * 3600) + random.Next(3600));
                var available = Math.Min(14 * 86400, (long)(lastAt - start).TotalSeconds);
                var touchCount = Math.Min(10, 1 + random.NextPoisson(0.7));
                lags.Clear();
                lags.Add(0);
                for (var i = 1; i < touchCount; i++)
                {
                    lags.Add(Math.Min(available, (long)random.NextExponential(3 * 86400)));
                }

                lags.Sort((a, b) => b.CompareTo(a));
                foreach (var lag in lags)
                {
                    var at = lastAt.AddSeconds(-lag);
                    var day = (int)((at - start).Ticks / TimeSpan.TicksPerDay);
                    var channel = mix.Channel(day, DemoTouchRole.Middle, random);
                    var (platform, source, medium, campaign) = mix.Describe(channel, day, random);
                    if (!layout.IsOutage(day) || random.Chance(DemoLayout.OutageKeep))
                    {
                        touches.Add(new DemoTouch(at, id, DemoChannels.All[channel], source, medium, campaign, platform, region));
                    }
                }
            }
        }

        return visitors;
    }
}
