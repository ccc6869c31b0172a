using Attribution.Api.Demo.Generation;

namespace Attribution.Api.Demo.Truth;

/// <summary>The experiment's truth, measured on the generated orders.</summary>
internal static class DemoExperimentTruths
{
    public static DemoExperimentTruth Build(
        DemoOptions options, DemoLayout layout, DemoExperimentPlan plan, IReadOnlyList<DemoOrder> orders, DemoCustomers customers, decimal budget)
    {
        var inTest = orders.Where(o => layout.IsExperiment(o.Day) && plan.TestRegionIndexes.Contains(customers.Region(o.Customer))).ToList();
        var incremental = inTest.Where(o => o.Kind == DemoOrderKind.Incremental).ToList();
        var incrementalRevenue = (double)incremental.Sum(o => o.Revenue);
        var others = (double)inTest.Where(o => o.Kind != DemoOrderKind.Incremental).Sum(o => o.Revenue);
        return new DemoExperimentTruth(
            plan.Id, plan.Name, DemoChannels.Meta, plan.TestRegions, layout.Date(layout.ExperimentStart), layout.Date(layout.ExperimentEnd),
            layout.PreTestDays, options.ExperimentLift * 100, options.ExperimentLift * others, incrementalRevenue, incremental.Count,
            (double)budget, budget > 0 ? incrementalRevenue / (double)budget : 0);
    }
}
