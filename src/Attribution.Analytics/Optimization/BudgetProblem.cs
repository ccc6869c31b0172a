using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Optimization;

/// <summary>
/// What the optimizer allocates over: the channels with their current spend per period, their response curves (per
/// period, see <see cref="ResponseCurve"/>) and a horizon of <see cref="HorizonPeriods"/> periods. A constant spend of x
/// per period over the horizon costs <c>x H</c> and buys <c>f(x) H</c>; every spend and response in requests and results
/// is over the horizon.
/// </summary>
public sealed class BudgetProblem
{
    public BudgetProblem(IReadOnlyList<BudgetChannel> channels, ResponseCurves curves, double horizonPeriods)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(curves);
        if (channels.Count != curves.Channels.Count || channels.Where((c, i) => c is null || c.Name != curves.Channels[i].Channel).Any())
        {
            throw new ArgumentException("The channels must be those of the curves, in the same order.", nameof(channels));
        }

        if (channels.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != channels.Count)
        {
            throw new ArgumentException("Channel names must be unique.", nameof(channels));
        }

        if (!channels.All(c => c.CurrentSpendPerPeriod >= 0 && double.IsFinite(c.CurrentSpendPerPeriod)))
        {
            throw new ArgumentException("Current spends must be finite and non-negative.", nameof(channels));
        }

        if (!(horizonPeriods > 0 && double.IsFinite(horizonPeriods)))
        {
            throw new ArgumentOutOfRangeException(nameof(horizonPeriods), horizonPeriods, "The horizon must be a positive number of periods.");
        }

        Channels = [.. channels];
        Curves = curves;
        HorizonPeriods = horizonPeriods;
    }

    public IReadOnlyList<BudgetChannel> Channels { get; }

    public ResponseCurves Curves { get; }

    public double HorizonPeriods { get; }

    /// <summary>The current total spend over the horizon: <c>H sum_c x0_c</c>.</summary>
    public double CurrentTotal => Channels.Sum(c => c.CurrentSpendPerPeriod) * HorizonPeriods;

    /// <summary>
    /// The problem of a fitted model: curves from <see cref="ResponseCurves.FromPosterior"/>, current spend per period =
    /// the channel's spend over the fitted window / its number of periods, horizon <paramref name="horizonPeriods"/>
    /// (default: the fitted window, so current spends equal the fitted spends).
    /// </summary>
    public static BudgetProblem FromPosterior(MmmPosterior posterior, double? horizonPeriods = null)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        var channels = posterior.Channels.Select(c => new BudgetChannel(c.Channel, c.Spend / posterior.Periods)).ToArray();
        return new BudgetProblem(channels, ResponseCurves.FromPosterior(posterior), horizonPeriods ?? posterior.Periods);
    }

    /// <summary>The same channels and curves over another horizon (the curves are not rebuilt).</summary>
    public BudgetProblem WithHorizon(double horizonPeriods) => new(Channels, Curves, horizonPeriods);
}
