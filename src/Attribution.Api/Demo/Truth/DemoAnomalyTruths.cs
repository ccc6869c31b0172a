using Attribution.Api.Demo.Generation;

namespace Attribution.Api.Demo.Truth;

/// <summary>The three injected anomalies, measured on the generated orders and spend.</summary>
internal static class DemoAnomalyTruths
{
    public static List<DemoAnomalyTruth> Build(DemoLayout layout, IReadOnlyList<DemoChannelSpend> spend, DemoRevenueModel model, IReadOnlyList<DemoOrder> orders)
    {
        var outage = orders.Where(o => layout.IsOutage(o.Day)).ToList();
        var lost = outage.Where(o => !o.Recorded).ToList();
        var spikeDay = orders.Where(o => o.Day == layout.SpikeDay).ToList();
        var spike = (double)spikeDay.Where(o => o.Kind == DemoOrderKind.Spike).Sum(o => o.Revenue);
        var other = (double)spikeDay.Where(o => o.Kind != DemoOrderKind.Spike).Sum(o => o.Revenue);
        var search = spend.Select((s, i) => (s, i)).Single(x => x.s.Channel.Channel == DemoChannels.PaidSearch);
        double actual = 0, planned = 0;
        for (var t = layout.DropStart; t <= layout.DropEnd; t++)
        {
            actual += search.s.Total[t];
            planned += search.s.Planned[t];
        }

        var responseLost = model.Responses[search.i].Sum() - model.Curves[search.i].Respond(search.s.Planned).Sum();
        return
        [
            new("drop", "conversions", null, layout.Date(layout.OutageStart), layout.Date(layout.OutageEnd),
                -lost.Count / (double)Math.Max(1, outage.Count), -lost.Count, -(double)lost.Sum(o => o.Revenue),
                "Tracking outage: the conversion and touchpoint tags were down for two days (spend unaffected); about 97% of orders and touches went unrecorded."),
            new("spike", "revenue", DemoChannels.Email, layout.Date(layout.SpikeDay), layout.Date(layout.SpikeDay),
                spike / Math.Max(1, other), spike, spike,
                "Flash-sale email blast: one day of extra orders, mostly from returning customers, each journey ending in the email (campaign flash_sale)."),
            new("levelShift", "spend", DemoChannels.PaidSearch, layout.Date(layout.DropStart), layout.Date(layout.DropEnd),
                (actual / planned) - 1, actual - planned, responseLost,
                "Paid-search budget cap misconfigured for ten days: spend at 40% of plan on both platforms; the revenue impact is the modelled response lost, carry-over included."),
        ];
    }
}
