using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>One CI-sized fit of the pymc-marketing example (x1, x2; controls event_1, event_2; weekly), shared by its tests.</summary>
public sealed class PymcExampleFit
{
    /// <summary>4 chains x (500 warm-up + 1000 draws), seed 1.</summary>
    public static readonly MmmOptions Options = new(Chains: 4, Draws: 1000, Warmup: 500, Seed: 1);

    public PymcExampleFit()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        (Problem, Chains, Fit) = MmmFits.Fit(PymcExample.Load(), Options);
        Elapsed = clock.Elapsed;
    }

    public MmmProblem Problem { get; }

    public MmmChain[] Chains { get; }

    public MmmFit Fit { get; }

    public TimeSpan Elapsed { get; }

    public MmmChannelResult Channel(string name) => Fit.Channels.Single(c => c.Channel == name);
}
