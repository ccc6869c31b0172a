using Attribution.Analytics.Mmm;

namespace Attribution.Analytics.Tests.Mmm;

/// <summary>Runs every chain of a problem in parallel (one density per chain, as the Api's fan-out does) and summarises.</summary>
internal static class MmmFits
{
    public static MmmChain[] Chains(MmmProblem problem)
    {
        var chains = new MmmChain[problem.Options.Chains];
        Parallel.For(0, chains.Length, c => chains[c] = MmmFitter.SampleChain(problem, c));
        return chains;
    }

    public static (MmmProblem Problem, MmmChain[] Chains, MmmFit Fit) Fit(MmmDataset dataset, MmmOptions options)
    {
        var problem = MmmFitter.Prepare(dataset, options);
        var chains = Chains(problem);
        return (problem, chains, MmmFitter.Summarize(problem, chains));
    }
}
