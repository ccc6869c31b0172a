using Attribution.Api.Demo.Generation;

namespace Attribution.Api.Demo.Truth;

/// <summary>Assembles <see cref="DemoTruth"/> from the very arrays the data was generated from.</summary>
internal static class DemoTruthBuilder
{
    public const string Formula =
        "revenue_t = baseline_t + sum_c beta_c * hill_c(adstock_c(spend_c)_t); "
        + "adstock_c(x)_t = sum_{l=0}^{L-1} d_c^l x_{t-l} / sum_{l=0}^{L-1} d_c^l with x = 0 before the first day; "
        + "hill_c(a) = a^s_c / (a^s_c + K_c^s_c); orders_t ~ Poisson(dailyFactor_t * revenue_t / averageOrderValue), "
        + "each log-normal with mean averageOrderValue; plus the experiment's incremental orders and the anomalies listed.";

    public const string WeeklyAggregation =
        "A weekly model sums Monday-Sunday weeks of daily spend and revenue. The daily curves have no exact weekly form: "
        + "approximately the weekly adstock decay is decay^7, the weekly half-saturation 7 K (in weekly spend) and the weekly "
        + "beta 7 beta. Contribution, ROI and marginal ROI do not depend on the granularity and compare directly.";

    public static DemoTruth Build(
        DemoOptions options,
        DemoLayout layout,
        IReadOnlyList<DemoChannelSpend> spend,
        DemoRevenueModel model,
        IReadOnlyList<DemoOrder> orders,
        DemoExperimentTruth experiment,
        DemoObservedTotals observed)
    {
        var channels = spend.Select((s, i) => Channel(s, model.Curves[i], model.Responses[i])).ToList();
        var baseline = new DemoBaselineTruth(
            model.Level, DemoBaseline.TrendPerYear, DemoBaseline.WeeklyMondayFirst, DemoBaseline.Yearly, model.Events,
            model.Baseline.Sum(), model.Baseline);
        var noise = new DemoNoiseTruth(
            DemoRevenueModel.DayLogSd, options.AverageOrderValue, DemoOrderGenerator.OrderValueLogSd, "poisson", model.DailyFactor);
        return new DemoTruth(
            options.Seed, layout.Start, layout.Date(layout.Days - 1), layout.Days, options.Currency, Formula, WeeklyAggregation,
            baseline, channels, channels.Sum(c => c.Contribution), model.Model.Sum(), noise, experiment,
            DemoAnomalyTruths.Build(layout, spend, model, orders), observed);
    }

    private static DemoChannelTruth Channel(DemoChannelSpend spend, DemoResponseCurve curve, double[] response)
    {
        var total = spend.Total.Sum();
        var contribution = response.Sum();
        var raised = curve.Respond([.. spend.Total.Select(x => x * 1.01)]).Sum();
        var platforms = spend.Platforms.Select(p => new DemoPlatformSpendTruth(p.Platform, (double)p.Spend.Sum())).ToList();
        return new DemoChannelTruth(
            spend.Channel.Channel, platforms, curve.Decay, curve.MaxLag, curve.HalfSaturation, curve.Shape, curve.Beta,
            total, contribution, contribution / total, (raised - contribution) / (0.01 * total),
            Math.Pow(curve.Decay, 7), 7 * curve.HalfSaturation, 7 * curve.Beta, spend.Total, response);
    }
}
