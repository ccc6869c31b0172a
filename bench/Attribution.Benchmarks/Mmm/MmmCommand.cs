using System.Diagnostics;
using System.Globalization;
using Attribution.Analytics.Mmm;

namespace Attribution.Benchmarks.Mmm;

/// <summary>
/// MMM fit timing (DESIGN.md section 7: 8 channels x 156 weeks, 4 chains x 1,000 draws after warm-up, &lt;= 30 s on 2
/// cores, max R-hat &lt;= 1.01). Simulates data with known truth (<see cref="MmmSimulator"/>), runs the chains in
/// parallel (one density per chain, as the job runner fans out), summarises, and prints the wall time, convergence
/// and how many channels' 90% ROI and marginal ROI intervals cover the truth.
/// </summary>
internal static class MmmCommand
{
    public const string Usage = "usage: mmm [--channels 8] [--weeks 156] [--chains 4] [--draws 1000] [--warmup 1000] [--seed 1] [--runs 1]";

    public static int Run(string[] args)
    {
        var options = Options(args, ("channels", 8), ("weeks", 156), ("chains", 4), ("draws", 1000), ("warmup", 1000), ("seed", 1), ("runs", 1));
        var seed = (ulong)options["seed"];
        var simulation = MmmSimulator.Simulate(new MmmSimulationSpec(Periods: options["weeks"], Channels: options["channels"], Events: 2), seed);
        var settings = new MmmOptions(options["chains"], options["draws"], options["warmup"], seed);
        Print($"mmm: {options["channels"]} channels x {options["weeks"]} weeks (+2 event controls), {settings.Chains} chains x " +
            $"({settings.Warmup} warm-up + {settings.Draws} draws), seed {seed}, {Environment.ProcessorCount} cores");
        for (var run = 1; run <= options["runs"]; run++)
        {
            Fit(simulation, settings, run);
        }

        return 0;
    }

    private static void Fit(MmmSimulation simulation, MmmOptions settings, int run)
    {
        var clock = Stopwatch.StartNew();
        var problem = MmmFitter.Prepare(simulation.Dataset, settings);
        var chains = new MmmChain[settings.Chains];
        var chainSeconds = new double[settings.Chains];
        Parallel.For(0, settings.Chains, new ParallelOptions { MaxDegreeOfParallelism = settings.Chains }, c =>
        {
            var started = clock.Elapsed;
            chains[c] = MmmFitter.SampleChain(problem, c);
            chainSeconds[c] = (clock.Elapsed - started).TotalSeconds;
        });
        var sampled = clock.Elapsed;
        var fit = MmmFitter.Summarize(problem, chains);
        var total = clock.Elapsed;
        var d = fit.Diagnostics;
        var iterations = (double)settings.Chains * (settings.Warmup + settings.Draws);
        Print(($"run {run}: sampling {sampled.TotalSeconds:F2} s (chains {string.Join(", ", chainSeconds.Select(s => $"{s:F1}"))} s), " +
            $"summary {(total - sampled).TotalSeconds:F2} s, total {total.TotalSeconds:F2} s"));
        Print(($"  max R-hat {d.MaxRhat:F4}, min bulk ESS {d.MinEss:F0}, min tail ESS {d.MinTailEss:F0}, divergences {d.Divergences}, " +
            $"max-tree-depth hits {d.MaxTreeDepthHits}, converged {d.Converged}"));
        Print(($"  gradient evaluations {d.GradientEvaluations:N0} ({d.GradientEvaluations / iterations:F1} per iteration), " +
            $"{2 * sampled.TotalSeconds * 1e6 / d.GradientEvaluations:F1} core-us per evaluation incl. sampler (2 cores), step sizes " +
            string.Join(", ", chains.Select(c => $"{c.StepSize:F3}"))));
        var roi = 0;
        var marginal = 0;
        foreach (var truth in simulation.Truth)
        {
            var channel = fit.Channels.Single(c => c.Channel == truth.Channel);
            var coversRoi = truth.Roi >= channel.Roi.Lower && truth.Roi <= channel.Roi.Upper;
            var coversMarginal = truth.MarginalRoi >= channel.MarginalRoi.Lower && truth.MarginalRoi <= channel.MarginalRoi.Upper;
            roi += coversRoi ? 1 : 0;
            marginal += coversMarginal ? 1 : 0;
            Print(($"  {truth.Channel}: ROI true {truth.Roi:F3}, posterior {channel.Roi.Mean:F3} [{channel.Roi.Lower:F3}, {channel.Roi.Upper:F3}]{(coversRoi ? "" : " MISS")}; " +
                $"marginal ROI true {truth.MarginalRoi:F3}, posterior {channel.MarginalRoi.Mean:F3} [{channel.MarginalRoi.Lower:F3}, {channel.MarginalRoi.Upper:F3}]{(coversMarginal ? "" : " MISS")}"));
        }

        Print($"  truth coverage (90% intervals): ROI {roi}/{simulation.Truth.Count}, marginal ROI {marginal}/{simulation.Truth.Count}; warnings: {fit.Warnings.Count}");
        foreach (var warning in fit.Warnings)
        {
            Print("  warning: " + warning);
        }
    }

    private static Dictionary<string, int> Options(string[] args, params (string Name, int Default)[] known)
    {
        var options = known.ToDictionary(k => k.Name, k => k.Default);
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : "";
            if (!options.ContainsKey(name) || i + 1 >= args.Length
                || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                throw new ArgumentException(Usage);
            }

            options[name] = value;
        }

        return options;
    }

    private static void Print(string line) => Console.WriteLine(line);
}
