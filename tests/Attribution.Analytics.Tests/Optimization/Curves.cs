using Attribution.Analytics.Optimization;

namespace Attribution.Analytics.Tests.Optimization;

/// <summary>
/// Test curves and problems. <see cref="Hill"/> is one draw with spend scale 1, so the response per period is the plain
/// <c>beta x^s / (x^s + k^s)</c>; <see cref="Value"/> and <see cref="Slope"/> evaluate that formula directly (the
/// independent oracle the tests compare with).
/// </summary>
internal static class Curves
{
    public static ResponseCurve Hill(string name, double beta, double k, double s) => ResponseCurve.FromDraws(name, 1, [beta], [k], [s]);

    public static double Value(double beta, double k, double s, double x) => x <= 0 ? 0 : beta * Math.Pow(x, s) / (Math.Pow(x, s) + Math.Pow(k, s));

    public static double Slope(double beta, double k, double s, double x) =>
        beta * s * Math.Pow(x, s - 1) * Math.Pow(k, s) / Math.Pow(Math.Pow(x, s) + Math.Pow(k, s), 2);

    /// <summary>A problem over one period with the given channels (name, beta, k, s, current spend).</summary>
    public static BudgetProblem Problem(params (string Name, double Beta, double K, double S, double Current)[] channels) =>
        new(
            channels.Select(c => new BudgetChannel(c.Name, c.Current)).ToArray(),
            new ResponseCurves(channels.Select(c => Hill(c.Name, c.Beta, c.K, c.S)).ToArray()),
            1);

    /// <summary>Constraints [0, max] for every channel (wide bounds that leave the optimum free).</summary>
    public static Dictionary<string, ChannelConstraint> Wide(BudgetProblem problem, double max) =>
        problem.Channels.ToDictionary(c => c.Name, _ => new ChannelConstraint(0, max));

    public static void Relative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (relative tolerance {tolerance})");
}
