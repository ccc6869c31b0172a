using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Attribution.Analytics.Mmm;
using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Cli.Mmm;

/// <summary>
/// <c>attribution mmm fit --input F --date COL --target COL --spend A,B [--controls C,D] [--chains 4] [--draws 1000]
/// [--warmup 1000] [--seed 1] [--output FILE]</c>: fits the Bayesian MMM (chains in parallel, a progress bar on stderr),
/// writes <see cref="MmmFitReport"/> as JSON, and a summary table on stderr. Exit 2 with one line on bad input.
/// </summary>
internal static class MmmFitCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        MmmFitReport report;
        string? output;
        try
        {
            var options = CliArguments.Parse(args, "input", "date", "target", "spend", "controls", "chains", "draws", "warmup", "seed", "output");
            var input = options.Required("input");
            var spend = List(options.Required("spend"), "spend");
            var controls = options.Optional("controls") is { } text ? List(text, "controls") : [];
            var draws = options.Integer("draws", 1000, MmmOptions.MinDraws, 100_000);
            var seedText = options.Optional("seed") ?? "1";
            var settings = new MmmOptions(
                options.Integer("chains", 4, 1, 64), draws, options.Integer("warmup", draws, 0, 100_000),
                ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : throw new CliInputException($"--seed must be a non-negative integer, not '{seedText}'"));
            output = options.Optional("output");
            var dataset = Read(input, options.Required("date"), options.Required("target"), spend, controls);
            report = Fit(input, dataset, settings, stderr);
        }
        catch (CliInputException e)
        {
            stderr.WriteLine($"attribution mmm fit: {e.Message}");
            return CliApp.BadInput;
        }
        catch (MmmInputException e)
        {
            stderr.WriteLine($"attribution mmm fit: {e.Field}: {e.Message}");
            return CliApp.BadInput;
        }

        var json = JsonSerializer.Serialize(report, CliOutput.Json);
        CliOutput.Write(json, output, stdout);

        return 0;
    }

    private static MmmFitReport Fit(string input, MmmDataset dataset, MmmOptions settings, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var problem = MmmFitter.Prepare(dataset, settings);
        var progress = new CliProgress(stderr, "sampling", (long)settings.Chains * (settings.Warmup + settings.Draws));
        var chains = new MmmChain[settings.Chains];
        Parallel.For(0, settings.Chains, chain =>
        {
            var last = 0;
            chains[chain] = MmmFitter.SampleChain(problem, chain, new SynchronousProgress(p =>
            {
                progress.Add(p.Iteration - last);
                last = p.Iteration;
            }));
        });
        progress.Done();
        var fit = MmmFitter.Summarize(problem, chains);
        var report = new MmmFitReport(
            fit.Diagnostics, fit.ModelFit, fit.Channels, fit.Baseline, fit.Warnings,
            new MmmFitSettings(input, settings.Chains, settings.Draws, settings.Warmup, settings.Seed,
                dataset.Granularity == MmmGranularity.Daily ? "daily" : "weekly", dataset.Periods.Count, Math.Round(clock.Elapsed.TotalSeconds, 2)),
            MmmFitter.Posterior(problem, chains));
        WriteSummary(stderr, report);
        return report;
    }

    private static MmmDataset Read(string input, string date, string target, IReadOnlyList<string> spend, IReadOnlyList<string> controls)
    {
        try
        {
            using var reader = new StreamReader(input);
            return MmmCsv.Read(reader, date, target, spend, controls);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot read '{input}': {e.Message}");
        }
        catch (CsvHelper.CsvFormatException e)
        {
            throw new CliInputException($"'{input}' is not valid CSV: {e.Message}");
        }
    }

    private static string[] List(string text, string option)
    {
        var names = text.Split(',').Select(n => n.Trim()).ToArray();
        return names.Any(n => n.Length == 0) ? throw new CliInputException($"--{option} has an empty column name in '{text}'") : names;
    }

    private static void WriteSummary(TextWriter stderr, MmmFitReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var d = report.Diagnostics;
        stderr.WriteLine(string.Format(c, "{0} chains x {1} draws in {2:F1} s; max R-hat {3:F4}, min bulk ESS {4:F0}, {5} divergences; R2 {6:F3}, MAPE {7:P1}",
            d.Chains, d.Draws, report.Settings.Seconds, d.MaxRhat, d.MinEss, d.Divergences, report.Fit.RSquared, report.Fit.Mape));
        stderr.WriteLine(string.Format(c, "{0,-16} {1,14} {2,30} {3,30}", "channel", "spend", "ROI (90% interval)", "marginal ROI (90% interval)"));
        foreach (var channel in report.Channels)
        {
            stderr.WriteLine(string.Format(c, "{0,-16} {1,14:N0} {2,10:G4} [{3:G4}, {4:G4}] {5,10:G4} [{6:G4}, {7:G4}]",
                channel.Channel, channel.Spend, channel.Roi.Mean, channel.Roi.Lower, channel.Roi.Upper,
                channel.MarginalRoi.Mean, channel.MarginalRoi.Lower, channel.MarginalRoi.Upper));
        }

        foreach (var warning in report.Warnings)
        {
            stderr.WriteLine("warning: " + warning);
        }
    }

    /// <summary>Reports on the sampler's own thread (no synchronisation context).</summary>
    private sealed class SynchronousProgress(Action<SamplerProgress> report) : IProgress<SamplerProgress>
    {
        public void Report(SamplerProgress value) => report(value);
    }
}
