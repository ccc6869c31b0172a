using Attribution.Analytics.Incrementality;
using FsCheck;
using FsCheck.Xunit;

namespace Attribution.Analytics.Tests.Incrementality;

/// <summary>
/// Property (issue 7): on random small panels (4-6 donors, 12-20 pre periods, 3-6 post periods, random effect size,
/// random alpha, both schemes) the interval and the p-value never contradict: 0 is outside [lower, upper] exactly when
/// p &lt; alpha. Oracle: the definition of test inversion (exact logical equivalence, no tolerance).
/// </summary>
public sealed class ConformalPropertyTests
{
    [Property(MaxTest = 40)]
    public void Test_RandomPanel_ZeroOutsideExactlyWhenPBelowAlpha(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var donors = random.Next(4, 7);
        var pre = random.Next(12, 21);
        var post = random.Next(3, 7);
        var effect = (random.NextDouble() - 0.3) * 8;
        var series = new List<IReadOnlyList<double>>();
        var common = Enumerable.Range(0, pre + post).Select(_ => random.NextDouble() * 10).ToArray();
        for (var i = 0; i <= donors; i++)
        {
            var level = 50 + (random.NextDouble() * 50);
            var lift = i == 0 ? effect : 0;
            series.Add(common.Select((c, t) => level + c + (random.NextDouble() * 3) + (t >= pre ? lift : 0)).ToArray());
        }

        var names = Enumerable.Range(0, donors + 1).Select(i => $"g{i}").ToArray();
        var request = new SyntheticControlRequest(new GeoPanel(names, series), ["g0"], pre, pre + post - 1);
        var scheme = random.Next(2) == 0 ? PermutationScheme.CyclicBlock : PermutationScheme.Iid;
        var alpha = 0.05 + (random.NextDouble() * 0.3);
        var options = new ConformalOptions(scheme, 100, seed.Get, alpha, 20);

        var result = ConformalInference.Test(request, options);

        var zeroOutside = double.IsNaN(result.AttLower) || result.AttLower > 0 || result.AttUpper < 0;
        Assert.Equal(result.PValue < alpha, zeroOutside);
    }
}
