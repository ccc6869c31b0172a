using System.Globalization;
using System.Text.Json;
using Attribution.Analytics.Mmm;
using Attribution.Analytics.Optimization;

namespace Attribution.Cli.Mmm;

/// <summary>
/// <c>attribution mmm optimize --model FIT.json --budget X [--bounds ch=min:max,...] [--lock ch,...] [--scenario
/// fixedBudget|targetRoi|targetMarginalRoi --target T] [--horizon PERIODS] [--levels 21] [--output FILE]</c>: reads the
/// posterior that <c>mmm fit</c> wrote, optimizes the allocation of <c>--budget</c> over the horizon (default: the fitted
/// periods) and writes the allocations, totals and frontier as JSON; a table on stderr; exit 2 with one line on bad input.
/// </summary>
internal static class MmmOptimizeCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        BudgetAllocation result;
        string? output;
        try
        {
            var options = CliArguments.Parse(args, "model", "budget", "bounds", "lock", "scenario", "target", "horizon", "levels", "output");
            var posterior = ReadPosterior(options.Required("model"));
            var budget = Number(options.Required("budget"), "--budget");
            var horizon = options.Optional("horizon") is { } h ? Number(h, "--horizon") : (double?)null;
            var scenario = Scenario(options.Optional("scenario") ?? "fixedBudget");
            var target = options.Optional("target") is { } t ? Number(t, "--target") : (double?)null;
            var constraints = Constraints(options.Optional("bounds"), options.Optional("lock"));
            var levels = options.Integer("levels", BudgetFrontier.DefaultCount, 2, 201);
            output = options.Optional("output");
            var problem = BudgetProblem.FromPosterior(posterior, horizon);
            var request = new BudgetRequest(budget, scenario, target, constraints);
            result = BudgetOptimizer.OptimizeWithFrontier(problem, request, BudgetFrontier.Levels(problem.CurrentTotal, levels));
        }
        catch (CliInputException e)
        {
            stderr.WriteLine($"attribution mmm optimize: {e.Message}");
            return CliApp.BadInput;
        }
        catch (BudgetInfeasibleException e)
        {
            stderr.WriteLine($"attribution mmm optimize: {e.Constraint}: {e.Message}");
            return CliApp.BadInput;
        }

        WriteSummary(stderr, result);
        var json = JsonSerializer.Serialize(result, CliOutput.Json);
        CliOutput.Write(json, output, stdout);

        return 0;
    }

    private static MmmPosterior ReadPosterior(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.TryGetProperty("posterior", out var posterior)
                ? posterior.Deserialize<MmmPosterior>(CliOutput.Json) ?? throw new CliInputException($"'{path}' has an empty posterior")
                : throw new CliInputException($"'{path}' has no \"posterior\" (write it with: attribution mmm fit ... --output FILE)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot read '{path}': {e.Message}");
        }
        catch (JsonException e)
        {
            throw new CliInputException($"'{path}' is not the JSON of mmm fit: {e.Message}");
        }
    }

    private static Dictionary<string, ChannelConstraint>? Constraints(string? bounds, string? locked)
    {
        var constraints = new Dictionary<string, ChannelConstraint>(StringComparer.Ordinal);
        foreach (var item in (bounds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, range) = item.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (item[..at], item[(at + 1)..]) : throw new CliInputException($"--bounds '{item}' is not channel=min:max");
            var parts = range.Split(':');
            if (parts.Length != 2)
            {
                throw new CliInputException($"--bounds '{item}' is not channel=min:max (either side may be empty)");
            }

            constraints[name] = new ChannelConstraint(
                parts[0].Length == 0 ? null : Number(parts[0], $"--bounds {name} min"), parts[1].Length == 0 ? null : Number(parts[1], $"--bounds {name} max"));
        }

        foreach (var name in (locked ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            constraints[name] = (constraints.GetValueOrDefault(name) ?? new ChannelConstraint()) with { Locked = true };
        }

        return constraints.Count == 0 ? null : constraints;
    }

    private static BudgetScenario Scenario(string text) => text switch
    {
        "fixedBudget" => BudgetScenario.FixedBudget,
        "targetRoi" => BudgetScenario.TargetRoi,
        "targetMarginalRoi" => BudgetScenario.TargetMarginalRoi,
        _ => throw new CliInputException($"--scenario must be fixedBudget, targetRoi or targetMarginalRoi, not '{text}'"),
    };

    private static double Number(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
            ? value
            : throw new CliInputException($"{option} must be a finite non-negative number, not '{text}'");

    private static void WriteSummary(TextWriter stderr, BudgetAllocation result)
    {
        var c = CultureInfo.InvariantCulture;
        stderr.WriteLine(string.Format(c, "{0,-16} {1,14} {2,14} {3,9} {4,14} {5,10}", "channel", "current", "recommended", "change", "response", "mROI"));
        foreach (var a in result.Allocations)
        {
            stderr.WriteLine(string.Format(c, "{0,-16} {1,14:N0} {2,14:N0} {3,8:F1}% {4,14:N0} {5,10:G4}",
                a.Channel, a.CurrentSpend, a.RecommendedSpend, a.ChangePercent ?? 0, a.ExpectedResponse.Mean, a.MarginalRoi));
        }

        stderr.WriteLine(string.Format(c, "response {0:N0} -> {1:N0} ({2:+0.0;-0.0}%), over {3} periods; frontier of {4} levels",
            result.Totals.CurrentResponse, result.Totals.OptimizedResponse, result.Totals.LiftPercent ?? 0, result.HorizonPeriods, result.Frontier.Count));
    }
}
