using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>Each kind of bad input is rejected with <see cref="MmmInputException"/> naming the field (oracle: the validation rules).</summary>
public sealed class MmmDatasetValidatorTests
{
    private static readonly MmmOptions Options = new();

    [Fact]
    public void Validate_SimulatedDataset_Accepts()
    {
        MmmDatasetValidator.Validate(Valid(), Options);
    }

    [Fact]
    public void Validate_FewerThan52Weeks_RejectsPeriods()
    {
        var dataset = Take(Valid(), 51);

        Assert.Equal("periods", Reject(dataset).Field);
    }

    [Fact]
    public void Validate_MinimumPeriodsOption_IsHonoured()
    {
        var dataset = Take(Valid(), 40);

        MmmDatasetValidator.Validate(dataset, new MmmOptions(MinimumPeriods: 40));
        Assert.Equal("periods", Assert.Throws<MmmInputException>(() => MmmDatasetValidator.Validate(dataset, new MmmOptions(MinimumPeriods: 41))).Field);
    }

    [Fact]
    public void Validate_DailyDefaultMinimum_Is364Days()
    {
        var daily = MmmSimulator.Simulate(new MmmSimulationSpec(Periods: 363, Channels: 1, Granularity: MmmGranularity.Daily), 3).Dataset;

        Assert.Equal("periods", Reject(daily).Field);
        MmmDatasetValidator.Validate(MmmSimulator.Simulate(new MmmSimulationSpec(Periods: 364, Channels: 1, Granularity: MmmGranularity.Daily), 3).Dataset, Options);
    }

    [Fact]
    public void Validate_GapInWeeks_RejectsPeriods()
    {
        var dataset = Valid();
        var periods = dataset.Periods.ToArray();
        periods[10] = periods[10].AddDays(1);

        Assert.Equal("periods", Reject(dataset with { Periods = periods }).Field);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Validate_BadSpendValue_RejectsSpend(double value)
    {
        var dataset = Valid();
        dataset.Spend[5][1] = value;

        var error = Reject(dataset);

        Assert.Equal("spend", error.Field);
        Assert.Contains("channel_2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-5.0)]
    public void Validate_BadTargetValue_RejectsTarget(double value)
    {
        var dataset = Valid();
        dataset.Target[7] = value;

        Assert.Equal("target", Reject(dataset).Field);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(250.0)]
    public void Validate_ConstantOrAllZeroChannel_RejectsSpend(double value)
    {
        var dataset = Valid();
        foreach (var row in dataset.Spend)
        {
            row[2] = value;
        }

        var error = Reject(dataset);

        Assert.Equal("spend", error.Field);
        Assert.Contains("channel_3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConstantTarget_RejectsTarget()
    {
        var dataset = Valid();
        Array.Fill(dataset.Target, 100.0);

        Assert.Equal("target", Reject(dataset).Field);
    }

    [Fact]
    public void Validate_TargetOfWrongLength_RejectsTarget()
    {
        var dataset = Valid();

        Assert.Equal("target", Reject(dataset with { Target = dataset.Target[1..] }).Field);
    }

    [Fact]
    public void Validate_SpendRowOfWrongLength_RejectsSpend()
    {
        var dataset = Valid();
        dataset.Spend[3] = [1, 2];

        Assert.Equal("spend", Reject(dataset).Field);
    }

    [Fact]
    public void Validate_SpendWithFewerRowsThanPeriods_RejectsSpend()
    {
        var dataset = Valid();

        Assert.Equal("spend", Reject(dataset with { Spend = dataset.Spend[1..] }).Field);
    }

    [Fact]
    public void Validate_DuplicateChannelName_RejectsChannels()
    {
        var dataset = Valid();

        Assert.Equal("channels", Reject(dataset with { Channels = ["channel_1", "channel_2", "channel_1"] }).Field);
    }

    [Fact]
    public void Validate_NoChannels_RejectsChannels()
    {
        var dataset = Valid();

        Assert.Equal("channels", Reject(dataset with { Channels = [], Spend = dataset.Spend.Select(_ => Array.Empty<double>()).ToArray() }).Field);
    }

    [Fact]
    public void Validate_ControlsOfWrongWidth_RejectsControls()
    {
        var dataset = Valid();

        Assert.Equal("controls", Reject(dataset with { ControlNames = ["a", "b", "c"] }).Field);
    }

    [Fact]
    public void Validate_ConstantControl_RejectsControls()
    {
        var dataset = Valid();
        foreach (var row in dataset.Controls)
        {
            row[0] = 1;
        }

        Assert.Equal("controls", Reject(dataset).Field);
    }

    [Fact]
    public void Validate_DuplicateControlName_RejectsControlNames()
    {
        var dataset = Valid();

        Assert.Equal("controlNames", Reject(dataset with { ControlNames = ["event_1", "event_1"] }).Field);
    }

    [Fact]
    public void Validate_NoControlsAtAll_Accepts()
    {
        var dataset = Valid();

        MmmDatasetValidator.Validate(dataset with { ControlNames = [], Controls = [] }, Options);
    }

    [Theory]
    [InlineData(0, 1000, 1000, "chains")]
    [InlineData(4, 5, 1000, "draws")]
    [InlineData(4, 1000, -1, "warmup")]
    public void Validate_OptionsOutOfRange_RejectsTheOption(int chains, int draws, int warmup, string field)
    {
        var error = Assert.Throws<MmmInputException>(() => MmmDatasetValidator.Validate(Valid(), new MmmOptions(chains, draws, warmup)));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Validate_NonPositivePriorScale_RejectsThePrior()
    {
        var options = new MmmOptions(Priors: MmmPriors.Default with { EffectScale = 0 });

        Assert.Equal("priors.effectScale", Assert.Throws<MmmInputException>(() => MmmDatasetValidator.Validate(Valid(), options)).Field);
    }

    private static MmmDataset Valid() => MmmSimulator.Simulate(new MmmSimulationSpec(Periods: 60, Channels: 3, Events: 2), 21).Dataset;

    private static MmmDataset Take(MmmDataset dataset, int count) => dataset with
    {
        Periods = dataset.Periods.Take(count).ToArray(),
        Spend = dataset.Spend[..count],
        Target = dataset.Target[..count],
        Controls = dataset.Controls[..count],
    };

    private static MmmInputException Reject(MmmDataset dataset) => Assert.Throws<MmmInputException>(() => MmmDatasetValidator.Validate(dataset, Options));
}
