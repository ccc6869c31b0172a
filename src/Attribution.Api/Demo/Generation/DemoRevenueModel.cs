using Attribution.Api.Demo.Truth;

namespace Attribution.Api.Demo.Generation;

/// <summary>
/// The daily revenue model: <c>model_t = baseline_t + sum_c response_c,t</c> and the noisy target
/// <c>target_t = model_t * dailyFactor_t</c> the orders are drawn from. The baseline level is set so that the modelled
/// revenue over the history is <c>TargetConversions * AverageOrderValue</c>.
/// </summary>
internal sealed record DemoRevenueModel(
    double Level,
    IReadOnlyList<DemoEventTruth> Events,
    double[] Baseline,
    IReadOnlyList<DemoResponseCurve> Curves,
    IReadOnlyList<double[]> Responses,
    double[] DailyFactor,
    double[] Model,
    double[] Target)
{
    public const double DayLogSd = 0.06;

    public static DemoRevenueModel Build(DemoOptions options, DemoLayout layout, IReadOnlyList<DemoChannelSpend> spend, double scale, DemoRandom random)
    {
        var curves = spend.Select(s => s.Channel.Curve(scale)).ToList();
        var responses = spend.Select((s, i) => curves[i].Respond(s.Total)).ToList();
        var events = DemoBaseline.Events(layout);
        var shape = DemoBaseline.Shape(layout, events);
        var media = responses.Sum(r => r.Sum());
        var level = ((options.TargetConversions * options.AverageOrderValue) - media) / shape.Sum();
        if (level <= 0)
        {
            throw new InvalidOperationException("The media plan alone exceeds the target revenue; raise TargetConversions.");
        }

        var baseline = new double[layout.Days];
        var factor = new double[layout.Days];
        var model = new double[layout.Days];
        var target = new double[layout.Days];
        for (var t = 0; t < layout.Days; t++)
        {
            baseline[t] = level * shape[t];
            model[t] = baseline[t];
            foreach (var response in responses)
            {
                model[t] += response[t];
            }

            factor[t] = random.NextMeanOneFactor(DayLogSd);
            target[t] = model[t] * factor[t];
        }

        return new DemoRevenueModel(level, events, baseline, curves, responses, factor, model, target);
    }
}
