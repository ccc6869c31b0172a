using System.Diagnostics;
using System.Globalization;
using Attribution.Analytics.Journeys;

namespace Attribution.Benchmarks.Journeys;

/// <summary>
/// Attribution engine timings (DESIGN.md section 7). <c>journeys</c>: seeded journeys through all seven models and the
/// path statistics (<see cref="PathAnalysis.Compute"/>), after a warm-up run, reporting each run. <c>markov</c>: counting
/// and the exact closed-form solve of the Markov chain for many channels (<see cref="MarkovAttribution"/>).
/// </summary>
internal static class JourneysCommand
{
    public const string Usage =
        "usage: journeys [--journeys 1000000] [--non-converting 1000000] [--channels 12] [--order 1] [--runs 3] [--seed 42]\n" +
        "       markov [--channels 200] [--paths 500000] [--order 1] [--runs 3] [--seed 42]";

    public static int RunJourneys(string[] args)
    {
        var options = Options(args, ("journeys", 1_000_000), ("non-converting", 1_000_000), ("channels", 12), ("order", 1), ("runs", 3), ("seed", 42));
        var generator = new JourneyGenerator(options["seed"], options["channels"]);
        var journeys = generator.Journeys(options["journeys"]);
        var nulls = generator.NonConverting(options["non-converting"]);
        var settings = AttributionOptions.Default with { MarkovOrder = options["order"] };
        Print($"journeys: {journeys.Length:N0} converting journeys ({journeys.Sum(j => (long)j.Touches.Count):N0} touchpoints), " +
            $"{nulls.Length:N0} non-converting paths ({nulls.Sum(p => (long)p.Count):N0} touchpoints), {options["channels"]} channels, " +
            $"Markov order {settings.MarkovOrder}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        PathAnalysisResult? result = null;
        for (var run = 0; run <= options["runs"]; run++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            result = PathAnalysis.Compute(journeys, nulls, settings);
            clock.Stop();
            var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1_048_576.0;
            Print($"{(run == 0 ? "warm-up" : $"run {run}")}: {clock.Elapsed.TotalSeconds:F3} s, allocated {megabytes:N0} MiB");
        }

        Print($"result: {result!.Conversions:N0} conversions, revenue {result.Revenue:N2}, avg {result.AvgTouchpoints:F2} touchpoints, " +
            $"P(conversion) {result.DataDriven.ConversionProbability:F4}, top path {string.Join(" > ", result.TopPaths[0].Path)} ({result.TopPaths[0].Conversions})");
        return 0;
    }

    public static int RunMarkov(string[] args)
    {
        var options = Options(args, ("channels", 200), ("paths", 500_000), ("order", 1), ("runs", 3), ("seed", 42));
        var paths = new JourneyGenerator(options["seed"], options["channels"]).Aggregated(options["paths"]);
        Print($"markov: {paths.Length:N0} paths over {options["channels"]} channels, order {options["order"]}, {Environment.ProcessorCount} cores");
        for (var run = 0; run <= options["runs"]; run++)
        {
            var clock = Stopwatch.StartNew();
            var transitions = MarkovAttribution.Count(paths, options["order"]);
            var counted = clock.Elapsed;
            var model = MarkovAttribution.Solve(transitions);
            var solved = clock.Elapsed - counted;
            Print($"{(run == 0 ? "warm-up" : $"run {run}")}: counting {counted.TotalSeconds:F3} s, exact solve {solved.TotalSeconds:F3} s " +
                $"({model.RemovalEffects.Count} channels, P(conversion) {model.ConversionProbability:F4}, max removal effect {model.RemovalEffects.Values.Max():F4})");
        }

        return 0;
    }

    private static Dictionary<string, int> Options(string[] args, params (string Name, int Default)[] known)
    {
        var options = known.ToDictionary(k => k.Name, k => k.Default);
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : "";
            if (!options.ContainsKey(name) || i + 1 >= args.Length
                || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new ArgumentException(Usage);
            }

            options[name] = value;
        }

        return options;
    }

    private static void Print(string line) => Console.WriteLine(line);
}
