namespace Attribution.Api.Demo.Generation;

/// <summary>
/// A paid channel's daily spend: <c>base * scale * exp(growth (t - mid) / 365) * weekly[dow] * (1 + 0.12 cos(theta - peak))
/// * flight_t * holidayPush * lognormal(0.12)</c>, split over its platforms by linearly drifting shares and rounded to cents;
/// paid search is cut to 40% during the layout's budget-cut window. Impressions and clicks follow the channel's CPM and CTR.
/// </summary>
internal static class DemoSpendGenerator
{
    private const double SeasonalPeak = 2 * Math.PI * 140 / 365.25;

    public static DemoChannelSpend Generate(DemoMediaChannel channel, DemoLayout layout, double scale, DemoRandom random)
    {
        var days = layout.Days;
        var flights = DemoFlights.Schedule(channel.Flighting, days, random);
        var weeklyMean = channel.WeeklyMondayFirst.Average();
        var platforms = channel.Platforms
            .Select(p => new DemoPlatformSpend(p.Platform, new decimal[days], new long[days], new long[days]))
            .ToList();
        var total = new double[days];
        var planned = new double[days];
        for (var t = 0; t < days; t++)
        {
            var date = layout.Date(t);
            var raw = channel.DailySpend * scale
                * Math.Exp(channel.GrowthPerYear * (t - ((days - 1) / 2.0)) / 365)
                * channel.WeeklyMondayFirst[DemoCalendar.MondayFirst(date)] / weeklyMean
                * (1 + (0.12 * Math.Cos(DemoCalendar.YearAngle(date) - SeasonalPeak)))
                * flights[t]
                * (DemoCalendar.IsHolidayPush(date) ? 1.5 : 1.0)
                * random.NextMeanOneFactor(0.12);
            var cut = channel.Channel == DemoChannels.PaidSearch && layout.IsDrop(t) ? DemoLayout.DropFactor : 1.0;
            var shares = Shares(channel.Platforms, t, days);
            var plannedDay = 0m;
            var totalDay = 0m;
            for (var p = 0; p < platforms.Count; p++)
            {
                var plannedAmount = Cents(raw * shares[p]);
                var amount = Cents(raw * cut * shares[p]);
                plannedDay += plannedAmount;
                totalDay += amount;
                platforms[p].Spend[t] = amount;
                var impressions = Math.Round((double)amount * 1000 / (channel.Cpm * random.NextMeanOneFactor(0.1)));
                platforms[p].Impressions[t] = (long)impressions;
                platforms[p].Clicks[t] = (long)Math.Round(impressions * channel.Ctr * random.NextMeanOneFactor(0.15));
            }

            planned[t] = (double)plannedDay;
            total[t] = (double)totalDay;
        }

        return new DemoChannelSpend(channel, platforms, total, planned);
    }

    private static double[] Shares(IReadOnlyList<DemoPlatformMix> platforms, int t, int days)
    {
        var progress = days > 1 ? t / (double)(days - 1) : 0;
        var shares = platforms.Select(p => p.StartShare + ((p.EndShare - p.StartShare) * progress)).ToArray();
        var sum = shares.Sum();
        return [.. shares.Select(s => s / sum)];
    }

    private static decimal Cents(double amount) => Math.Max(0.01m, Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero));
}
