using System.Diagnostics;
using System.Globalization;
using Attribution.Analytics.Optimization;

namespace Attribution.Benchmarks.Optimization;

/// <summary>
/// Budget optimizer timing (DESIGN.md section 7: 10 channels, 21 budget levels, 1,000 posterior draws &lt;= 1 s): on a
/// simulated posterior (<see cref="PosteriorGenerator"/>, mixed concave and S-shaped channels) it times building the
/// problem (<see cref="BudgetProblem.FromPosterior"/>, the response tables), the fixed-budget recommendation at the current
/// total, and every frontier level (<see cref="BudgetOptimizer.SolveLevel"/>) sequentially and with Parallel.For, after
/// one warm-up run. <c>--wide 1</c> replaces the default bounds (+-30%) by [0, 1.5 x current total] for every channel.
/// </summary>
internal static class OptimizeCommand
{
    public const string Usage = "usage: optimize [--channels 10] [--levels 21] [--draws 1000] [--runs 3] [--seed 42] [--wide 0|1]";

    public static int Run(string[] args)
    {
        var options = Options(args, ("channels", 10), ("levels", 21), ("draws", 1000), ("runs", 3), ("seed", 42), ("wide", 0));
        var posterior = PosteriorGenerator.Generate(options["channels"], options["draws"], options["seed"]);
        Print($"optimize: {options["channels"]} channels ({options["channels"] / 2} S-shaped), {options["draws"]} draws, {options["levels"]} budget levels, " +
            $"{(options["wide"] == 1 ? "bounds [0, 1.5 x current total]" : "default bounds")}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        for (var run = 0; run <= options["runs"]; run++)
        {
            var clock = Stopwatch.StartNew();
            var problem = BudgetProblem.FromPosterior(posterior);
            var built = clock.Elapsed;
            var request = new BudgetRequest(problem.CurrentTotal, Constraints: options["wide"] == 1 ? Wide(problem) : null);
            var recommendation = BudgetOptimizer.Optimize(problem, request);
            var recommended = clock.Elapsed - built;
            var levels = BudgetFrontier.Levels(problem.CurrentTotal, options["levels"]);
            var sequential = levels.Select(b => BudgetOptimizer.SolveLevel(problem, request, b)).ToArray();
            var levelsSequential = clock.Elapsed - built - recommended;
            var parallel = new BudgetFrontierPoint?[levels.Length];
            var start = clock.Elapsed;
            Parallel.For(0, levels.Length, i => parallel[i] = BudgetOptimizer.SolveLevel(problem, request, levels[i]));
            var levelsParallel = clock.Elapsed - start;
            var result = BudgetFrontier.Assemble(recommendation, parallel);
            if (!sequential.SequenceEqual(parallel))
            {
                throw new InvalidOperationException("The parallel levels differ from the sequential ones.");
            }

            Print($"{(run == 0 ? "warm-up" : $"run {run}")}: build {Ms(built)}, recommendation {Ms(recommended)}, " +
                $"{levels.Length} levels sequential {Ms(levelsSequential)} / Parallel.For {Ms(levelsParallel)}; " +
                $"total sequential {Ms(built + recommended + levelsSequential)}, with Parallel.For {Ms(built + recommended + levelsParallel)}");
            if (run == options["runs"])
            {
                Print($"result: lift {result.Totals.LiftPercent:F2}% at the current total {result.Totals.CurrentSpend:N0} " +
                    $"(P(better) {result.Totals.LiftProbability:F2}); frontier {result.Frontier.Count} points, response " +
                    $"{result.Frontier[0].Response:N0} at {result.Frontier[0].Budget:N0} to {result.Frontier[^1].Response:N0} at {result.Frontier[^1].Budget:N0}");
            }
        }

        return 0;
    }

    /// <summary>Every channel may take anything from nothing to 1.5 times the current total (the grid search's worst case).</summary>
    private static Dictionary<string, ChannelConstraint> Wide(BudgetProblem problem) =>
        problem.Channels.ToDictionary(c => c.Name, _ => new ChannelConstraint(0, 1.5 * problem.CurrentTotal));

    private static string Ms(TimeSpan span) => $"{span.TotalMilliseconds:F1} ms";

    private static Dictionary<string, int> Options(string[] args, params (string Name, int Default)[] known)
    {
        var options = known.ToDictionary(k => k.Name, k => k.Default);
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : "";
            if (!options.ContainsKey(name) || i + 1 >= args.Length
                || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (value < 1 && name != "wide"))
            {
                throw new ArgumentException(Usage);
            }

            options[name] = value;
        }

        return options;
    }

    private static void Print(string line) => Console.WriteLine(line);
}
