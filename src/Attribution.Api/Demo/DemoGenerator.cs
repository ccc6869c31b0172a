using Attribution.Api.Demo.Generation;
using Attribution.Api.Demo.Truth;

namespace Attribution.Api.Demo;

/// <summary>
/// Builds the demo tenant's data from a seed, deterministically and without I/O: daily spend of five paid channels,
/// revenue from a known baseline plus adstocked, saturated media response, orders and customers across the 51 US regions,
/// journeys of touchpoints before each order, non-converting visitors, a geo experiment with an injected lift, three
/// anomalies, geo KPIs summed from the orders, and the <see cref="DemoTruth"/> all of it was drawn from.
/// </summary>
/// <remarks>
/// Volume scales with <c>TargetConversions / Days</c> against the reference of 100,000 conversions over 730 days; spend,
/// half-saturations and betas scale with it, so ROIs do not. Each part draws from its own seeded stream.
/// </remarks>
public static class DemoGenerator
{
    private const double ReferenceDailyConversions = 100_000 / 730.0;

    public static DemoDataset Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var layout = DemoLayout.For(options);
        var scale = options.TargetConversions / (double)options.Days / ReferenceDailyConversions;
        var spend = DemoMediaPlan.Channels
            .Select((channel, i) => DemoSpendGenerator.Generate(channel, layout, scale, new DemoRandom(options.Seed, 10 + (ulong)i)))
            .ToList();
        var model = DemoRevenueModel.Build(options, layout, spend, scale, new DemoRandom(options.Seed, 1));
        var plan = DemoExperimentPlan.Choose(layout, new DemoRandom(options.Seed, 2));
        var customers = new DemoCustomers(UsStates.Codes.Count);
        var orders = DemoOrderGenerator.Generate(options, layout, model, plan.TestRegionIndexes, customers, new DemoRandom(options.Seed, 3));

        var mix = new DemoChannelMix(model, spend);
        var touches = new List<DemoTouch>((int)(orders.Count * (3.6 + (options.VisitorsPerConverter * 1.8))));
        DemoJourneyGenerator.Generate(orders, customers, layout, mix, new DemoRandom(options.Seed, 4), touches);
        var visitors = DemoVisitorGenerator.Generate(options, layout, model, mix, new DemoRandom(options.Seed, 5), touches);

        var touchpoints = DemoRows.Touchpoints(touches, layout.Start);
        var conversions = DemoRows.Conversions(orders, customers, options.Currency);
        var spendRows = DemoRows.Spend(layout, spend);
        var budget = ExperimentBudget(layout, spend, plan);
        var experiment = new DemoExperiment(
            plan.Id, plan.Name, DemoChannels.Meta, plan.TestRegions, [], layout.Date(layout.ExperimentStart), layout.Date(layout.ExperimentEnd),
            layout.PreTestDays, budget, "completed");
        var observed = new DemoObservedTotals(
            conversions.Count, (double)conversions.Sum(c => c.Revenue), conversions.Count(c => c.IsNewCustomer), conversions.Count(c => !c.IsNewCustomer),
            customers.Count, visitors, touchpoints.Count, (double)spendRows.Sum(s => s.Spend));
        var truth = DemoTruthBuilder.Build(
            options, layout, spend, model, orders, DemoExperimentTruths.Build(options, layout, plan, orders, customers, budget), observed);
        return new DemoDataset(options, touchpoints, conversions, spendRows, DemoRows.GeoKpis(layout, conversions), experiment, truth);
    }

    /// <summary>The test tripled Meta spend in the test states: twice their population share of Meta's national spend during the test.</summary>
    private static decimal ExperimentBudget(DemoLayout layout, IReadOnlyList<DemoChannelSpend> spend, DemoExperimentPlan plan)
    {
        var meta = spend.Single(s => s.Channel.Channel == DemoChannels.PaidSocial).Platforms.Single(p => p.Platform == DemoChannels.Meta);
        var share = plan.TestRegionIndexes.Sum(i => UsStates.Shares[i]);
        var total = 0m;
        for (var t = layout.ExperimentStart; t <= layout.ExperimentEnd; t++)
        {
            total += meta.Spend[t];
        }

        return Math.Round(2 * total * (decimal)share, 2, MidpointRounding.AwayFromZero);
    }
}
