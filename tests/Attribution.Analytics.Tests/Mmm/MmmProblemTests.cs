using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>The scaling of <see cref="MmmProblem"/> and the Fourier basis (oracle: their definitions; tolerance 1e-12).</summary>
public sealed class MmmProblemTests
{
    [Fact]
    public void Prepare_ScalesTargetSpendControlsAndTime()
    {
        var dataset = MmmSimulator.Simulate(new MmmSimulationSpec(Periods: 70, Channels: 3, Events: 1), 2).Dataset;

        var problem = MmmFitter.Prepare(dataset, new MmmOptions());

        Assert.Equal(dataset.Target.Average(), problem.TargetScale, 1e-9);
        Assert.Equal(1, problem.ScaledTarget.Average(), 1e-12);
        for (var c = 0; c < 3; c++)
        {
            var nonZero = dataset.Spend.Select(r => r[c]).Where(x => x > 0).ToArray();
            Assert.Equal(nonZero.Average(), problem.SpendScales[c], 1e-9);
            Assert.Equal(1, problem.ScaledSpend.Skip(c * 70).Take(70).Where(x => x > 0).Average(), 1e-12);
        }

        var control = problem.ScaledControls;
        Assert.Equal(0, control.Average(), 1e-12);
        Assert.Equal(1, Math.Sqrt(control.Average(z => z * z)), 1e-12);
        Assert.Equal(-0.5, problem.Time[0], 1e-12);
        Assert.Equal(0.5, problem.Time[^1], 1e-12);
        Assert.Equal(8, problem.AdstockMaxLag);
    }

    [Fact]
    public void Basis_DependsOnTheDateNotOnTheStart()
    {
        var start = new DateOnly(2021, 3, 1);
        var weeks = Enumerable.Range(0, 10).Select(t => start.AddDays(7 * t)).ToArray();

        var all = FourierSeasonality.Basis(weeks, MmmGranularity.Weekly);
        var later = FourierSeasonality.Basis(weeks[4..], MmmGranularity.Weekly);

        for (var term = 0; term < 4; term++)
        {
            Assert.Equal(all[(term * 10) + 4], later[term * 6], 1e-12);
        }
    }

    [Fact]
    public void Basis_YearlyTermsRepeatEveryFourYearsAndWeeklyTermsEverySevenDays()
    {
        // 1461 days = 4 x 365.25: the yearly terms repeat exactly; the daily basis's weekly terms repeat every 7 days.
        DateOnly[] days = [new(2020, 1, 1), new(2020, 1, 8), new(2024, 1, 1)];

        var basis = FourierSeasonality.Basis(days, MmmGranularity.Daily);

        Assert.Equal(10, FourierSeasonality.Names(MmmGranularity.Daily).Count);
        for (var term = 0; term < 6; term++)
        {
            Assert.Equal(basis[term * 3], basis[(term * 3) + 1], 1e-9);
        }

        for (var term = 6; term < 10; term++)
        {
            Assert.Equal(basis[term * 3], basis[(term * 3) + 2], 1e-9);
        }
    }
}
