using Attribution.Api.Demo;

namespace Attribution.Api.Tests.Demo;

/// <summary>The geo experiment's injected lift shows in the geo KPIs: the test states' revenue rises against the controls.</summary>
public sealed class DemoExperimentTests
{
    private readonly DemoDataset _data = DemoDatasets.Default;

    [Fact]
    public void Experiment_Row_CompletedMetaTestEndingTwoWeeksBeforeTheEnd()
    {
        var experiment = _data.Experiment;

        Assert.Equal("completed", experiment.Status);
        Assert.Equal("meta", experiment.Platform);
        Assert.InRange(experiment.TestRegions.Count, 3, 5);
        Assert.Empty(experiment.ControlRegions);
        Assert.Equal(DemoDatasets.EndDate.AddDays(-14), experiment.EndDate);
        Assert.InRange(experiment.EndDate.DayNumber - experiment.StartDate.DayNumber + 1, 21, 28);
        Assert.Equal(112, experiment.PreTestDays);
        Assert.True(experiment.BudgetEstimate > 0);
        Assert.Equal(_data.Truth.Experiment.TestRegions, experiment.TestRegions);
    }

    [Fact]
    public void Experiment_LiftAgainstPlaceboWindows_VisibleAndWithinThreeStandardErrors()
    {
        // The same measure on every earlier 28-day window (no lift there) gives the noise of the measure.
        var experiment = _data.Experiment;
        var injected = _data.Truth.Experiment.InjectedLiftPercent / 100;
        var lift = Lift(experiment.StartDate, experiment.PreTestDays);
        var placebos = new List<double>();
        for (var start = _data.Truth.StartDate.AddDays(experiment.PreTestDays); start.AddDays(27) < experiment.StartDate.AddDays(-experiment.PreTestDays); start = start.AddDays(28))
        {
            placebos.Add(Lift(start, experiment.PreTestDays));
        }

        var standardError = Math.Sqrt(placebos.Average(p => p * p));

        Assert.True(placebos.Count >= 10);
        Assert.InRange(placebos.Average(), -2.5 * standardError / Math.Sqrt(placebos.Count), 2.5 * standardError / Math.Sqrt(placebos.Count));
        Assert.True(lift > 1.5 * standardError, $"lift {lift:P1}, standard error {standardError:P1}");
        Assert.InRange(lift, injected - (3 * standardError), injected + (3 * standardError));
    }

    [Fact]
    public void Experiment_Truth_IncrementalRevenueNearTheExpectation()
    {
        var truth = _data.Truth.Experiment;

        Assert.True(truth.IncrementalConversions > 0);
        Assert.InRange(truth.IncrementalRevenue, 0.7 * truth.ExpectedIncrementalRevenue, 1.3 * truth.ExpectedIncrementalRevenue);
        Assert.Equal(truth.IncrementalRevenue / truth.BudgetEstimate, truth.TrueIroas, 9);
    }

    /// <summary>The rise of the test states' revenue ratio to the controls over 28 days from <paramref name="start"/>, against the days before.</summary>
    private double Lift(DateOnly start, int preDays) => (Ratio(start, start.AddDays(27)) / Ratio(start.AddDays(-preDays), start.AddDays(-1))) - 1;

    /// <summary>The test states' revenue over the control states' revenue, on the days given (inclusive).</summary>
    private double Ratio(DateOnly from, DateOnly to)
    {
        var test = _data.Experiment.TestRegions.ToHashSet(StringComparer.Ordinal);
        var days = _data.GeoKpis.Where(g => g.Date >= from && g.Date <= to).ToList();
        return (double)days.Where(g => test.Contains(g.Region)).Sum(g => g.Revenue) / (double)days.Where(g => !test.Contains(g.Region)).Sum(g => g.Revenue);
    }
}
